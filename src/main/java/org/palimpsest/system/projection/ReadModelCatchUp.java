package org.palimpsest.system.projection;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Waits, bounded, until read models have stored a revision of an entry. It looks at what they stored, never at
 * this process's memory, so it works when the projections run on another node.
 */
@Component
public class ReadModelCatchUp {

    private static final long FIRST_PAUSE_MS = 1;
    private static final long LONGEST_PAUSE_MS = 25;

    private final List<RevisionsHeld> readModels;

    ReadModelCatchUp(List<RevisionsHeld> readModels) {
        this.readModels = List.copyOf(readModels);
    }

    /** @return whether every read model that tells revisions held the revision before the timeout */
    public boolean await(String entryId, long revision, Duration timeout) {
        return poll(
                        () -> Optional.of(Boolean.TRUE)
                                .filter(all ->
                                        readModels.stream().allMatch(model -> model.revisionHeld(entryId) >= revision)),
                        found -> true,
                        timeout)
                .isPresent();
    }

    /**
     * Reads until {@code reached} holds for what was read, pausing a little longer each time (1 ms up to 25 ms)
     * until the timeout; answers the last read, reached or not.
     */
    public static <T> Optional<T> poll(Supplier<Optional<T>> read, Predicate<T> reached, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE_MS;
        while (true) {
            Optional<T> found = read.get();
            if (found.filter(reached).isPresent() || System.nanoTime() >= deadline) {
                return found;
            }
            try {
                Thread.sleep(Math.min(pause, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
        }
    }
}
