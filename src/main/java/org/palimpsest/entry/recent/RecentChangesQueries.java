package org.palimpsest.entry.recent;

import java.util.List;
import org.palimpsest.system.projection.ReadModel;
import org.palimpsest.system.projection.RevisionsHeld;
import org.springframework.stereotype.Service;

/** What the recent-changes read model answers: listings newest first, and the changes after a number. */
@Service
public class RecentChangesQueries implements RevisionsHeld {

    private final RecentChangesRepository changes;
    private final RecentChangesFeed feed;

    RecentChangesQueries(RecentChangesRepository changes, RecentChangesFeed feed) {
        this.changes = changes;
        this.feed = feed;
    }

    public List<RecentChange> newestFirst(RecentChangeFilter filter, int page, int size) {
        return changes.newestFirst(filter, page, size);
    }

    public long count(RecentChangeFilter filter) {
        return changes.count(filter);
    }

    /** The number of the newest stored change (0: none yet). */
    public long lastId() {
        return changes.storedLastNumber();
    }

    /** Changes numbered above {@code afterId}, oldest first, at most {@code limit}: from memory when it reaches. */
    public List<RecentChange> after(long afterId, int limit) {
        List<RecentChange> kept = feed.keptAfter(afterId);
        if (kept != null) {
            return kept.size() > limit ? List.copyOf(kept.subList(0, limit)) : kept;
        }
        return changes.after(afterId, limit);
    }

    @Override
    public ReadModel readModel() {
        return RecentChangesReadModel.MODEL;
    }

    @Override
    public long revisionHeld(String entryId) {
        return changes.revisionHeld(entryId);
    }
}
