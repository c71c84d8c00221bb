package org.palimpsest.entry.recent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Tells listeners in this JVM of each recent change once it is stored, in number order, and keeps the newest
 * {@value #KEPT} in memory so that a listener that fell a little behind reads them from here rather than the store.
 */
@Component
public class RecentChangesFeed {

    static final int KEPT = 1_000;

    private final List<Consumer<RecentChange>> listeners = new CopyOnWriteArrayList<>();
    private final Deque<RecentChange> newest = new ArrayDeque<>();

    public void listen(Consumer<RecentChange> listener) {
        listeners.add(listener);
    }

    void stored(RecentChange change) {
        synchronized (newest) {
            if (newest.size() == KEPT) {
                newest.removeFirst();
            }
            newest.addLast(change);
        }
        listeners.forEach(listener -> listener.accept(change));
    }

    /**
     * The kept changes numbered above {@code afterId}, oldest first, if the memory reaches back to
     * {@code afterId + 1}; else null (read the store).
     */
    List<RecentChange> keptAfter(long afterId) {
        synchronized (newest) {
            if (newest.isEmpty() || newest.peekFirst().id() > afterId + 1) {
                return null;
            }
            List<RecentChange> after = new ArrayList<>();
            for (RecentChange change : newest) {
                if (change.id() > afterId) {
                    after.add(change);
                }
            }
            return after;
        }
    }

    void forget() {
        synchronized (newest) {
            newest.clear();
        }
    }
}
