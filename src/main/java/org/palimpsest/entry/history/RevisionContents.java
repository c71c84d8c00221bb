package org.palimpsest.entry.history;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.palimpsest.entry.api.EntryContent;
import org.springframework.stereotype.Component;

/**
 * Whole contents of stored revisions, kept in this process by (entry, revision), bounded by their size. A stored
 * revision never changes, so what one node keeps stays true whatever other nodes write: no node has to tell another.
 * What is kept is only a shortcut to what {@link HistoryRepository#contentAt} folds from the store, never the only
 * copy, so the read model stays rebuildable from the events.
 */
@Component
class RevisionContents {

    /** About 640 revisions of a 50 KB body (weighed in UTF-8 bytes, as the history sizes them). */
    static final long MAX_BYTES = 32L << 20;

    /** A revision's content. */
    record Known(long revision, EntryContent content) {}

    private record Key(String entryId, long revision) {}

    private final Cache<Key, EntryContent> contents = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((Key key, EntryContent content) -> Math.max(1, content.sizeInBytes()))
            .build();

    EntryContent get(String entryId, long revision) {
        return contents.getIfPresent(new Key(entryId, revision));
    }

    /** The newest content kept of a revision from {@code oldest} up to {@code newest}; null when none is kept. */
    Known newestBetween(String entryId, long oldest, long newest) {
        for (long revision = newest; revision >= oldest; revision--) {
            EntryContent content = get(entryId, revision);
            if (content != null) {
                return new Known(revision, content);
            }
        }
        return null;
    }

    void remember(String entryId, long revision, EntryContent content) {
        contents.put(new Key(entryId, revision), content);
    }

    /** Forgets every revision of the entry ({@link HistoryQueries#forgetKeptContents}). */
    void forget(String entryId) {
        contents.asMap().keySet().removeIf(key -> key.entryId().equals(entryId));
    }

    /**
     * Forgets everything: a rebuild may store what a fixed projection now makes of the events, which is what must be
     * read from then on.
     */
    void forgetAll() {
        contents.invalidateAll();
    }
}
