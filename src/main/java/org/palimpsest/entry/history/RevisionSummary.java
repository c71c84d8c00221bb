package org.palimpsest.entry.history;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.RevisionKind;

/**
 * One line of an entry's history; {@code size} is in UTF-8 bytes after the change. {@code reverts} are the
 * revisions this one took back (an undo, restore or rollback), {@code revertedBy} the first revision that took this
 * one back (null while none has).
 */
public record RevisionSummary(
        long revision,
        long baseRevision,
        RevisionKind kind,
        String author,
        Instant timestamp,
        String summary,
        boolean minor,
        int size,
        int sizeDelta,
        Set<EntryField> changed,
        List<Long> reverts,
        Long revertedBy) {

    public RevisionSummary {
        reverts = reverts == null ? List.of() : List.copyOf(reverts);
    }

    RevisionSummary revertedBy(long revision) {
        return new RevisionSummary(
                this.revision,
                baseRevision,
                kind,
                author,
                timestamp,
                summary,
                minor,
                size,
                sizeDelta,
                changed,
                reverts,
                revision);
    }
}
