package org.palimpsest.entry.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * One accepted change: revision {@code revision} made from {@code baseRevision} by {@code author}. Carries
 * what changed (a patch for the body), never the whole entry. {@code reverts} names the revisions it took back
 * (an undo, restore or rollback; empty for an edit or merge). Revision 2 of this event added {@code reverts};
 * stored revision-1 events get an empty list from {@code EntryRevisedEventUpcaster}.
 */
@Revision("2")
public record EntryRevisedEvent(
        String entryId,
        long revision,
        long baseRevision,
        RevisionKind kind,
        String author,
        Instant at,
        String summary,
        boolean minor,
        EntryChanges changes,
        int size,
        int sizeDelta,
        List<Long> reverts) {

    public EntryRevisedEvent {
        reverts = reverts == null ? List.of() : List.copyOf(reverts);
    }

    /** A revision that takes nothing back: an edit or a merge. */
    public EntryRevisedEvent(
            String entryId,
            long revision,
            long baseRevision,
            RevisionKind kind,
            String author,
            Instant at,
            String summary,
            boolean minor,
            EntryChanges changes,
            int size,
            int sizeDelta) {
        this(entryId, revision, baseRevision, kind, author, at, summary, minor, changes, size, sizeDelta, List.of());
    }
}
