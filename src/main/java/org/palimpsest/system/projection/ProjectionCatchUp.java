package org.palimpsest.system.projection;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Lets a request read its own write: projections report each entry revision they have handled, and the
 * web layer waits (bounded) until the projections it reads from have caught up with its command. A report
 * made during a tracking batch counts once the batch's writes are stored ({@link ProjectionWrites}).
 */
@Component
public class ProjectionCatchUp {

    private final Map<String, Long> applied = new ConcurrentHashMap<>();
    private final Object signal = new Object();
    private final ProjectionWrites writes;

    ProjectionCatchUp(ProjectionWrites writes) {
        this.writes = writes;
    }

    public void applied(String projection, String entryId, long revision) {
        writes.afterWrite(() -> stored(projection, entryId, revision));
    }

    private void stored(String projection, String entryId, long revision) {
        applied.merge(projection + '\u0000' + entryId, revision, Math::max);
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** @return whether every projection reached the revision before the timeout */
    public boolean await(String entryId, long revision, List<String> projections, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (signal) {
            while (!reached(entryId, revision, projections)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    signal.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    public void forget(String projection) {
        applied.keySet().removeIf(key -> key.startsWith(projection + '\u0000'));
    }

    private boolean reached(String entryId, long revision, List<String> projections) {
        for (String projection : projections) {
            if (applied.getOrDefault(projection + '\u0000' + entryId, 0L) < revision) {
                return false;
            }
        }
        return true;
    }
}
