package org.palimpsest.entry.live;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.palimpsest.entry.api.EntryChanges;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.history.HistoryQueries;
import org.palimpsest.system.projection.ReadModelCatchUp;
import org.springframework.stereotype.Component;

/**
 * The newest content the push has seen per entry (bounded), so that diffing a revision against the one before
 * costs no read while editors work on an entry; otherwise the revision before is read from the history, waiting
 * for it to be stored there.
 */
@Component
class LatestContents {

    private static final int ENTRIES = 1_000;

    private record Known(long revision, EntryContent content) {}

    private final Cache<String, Known> latest =
            Caffeine.newBuilder().maximumSize(ENTRIES).build();
    private final HistoryQueries history;

    LatestContents(HistoryQueries history) {
        this.history = history;
    }

    void remember(String entryId, long revision, EntryContent content) {
        latest.put(entryId, new Known(revision, content));
    }

    /**
     * Applies a revision's changes to the content remembered, if that is the revision before; otherwise forgets the
     * entry (reading the content before from the history is the push's job, when somebody listens).
     */
    void advance(String entryId, long revision, EntryChanges changes) {
        latest.asMap()
                .computeIfPresent(
                        entryId,
                        (id, known) -> known.revision() == revision - 1
                                ? new Known(revision, changes.applyTo(known.content()))
                                : null);
    }

    /** The entry's content at the revision, or null when the history has not stored it within {@code wait}. */
    EntryContent at(String entryId, long revision, Duration wait) {
        Known known = latest.getIfPresent(entryId);
        if (known != null && known.revision() == revision) {
            return known.content();
        }
        return ReadModelCatchUp.poll(() -> history.contentAt(entryId, revision), content -> true, wait)
                .orElse(null);
    }
}
