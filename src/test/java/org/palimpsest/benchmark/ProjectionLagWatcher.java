package org.palimpsest.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.palimpsest.benchmark.ReadModelProbe.Revision;

/**
 * Samples how long after a revise's answer the article, history and timeline read models all hold it. Every
 * {@code every}th counted revise of one load round is handed to a single watcher thread, which asks the store
 * about all the samples in hand at once ({@link ReadModelProbe}: three queries), again and again until each is
 * held everywhere. A sample's lag runs from its answer to the end of the poll that found it held, so the
 * watcher's reaction (a queue hand-off, a poll, waiting for a core on a busy machine) is its floor.
 * <p>
 * Between polls it sleeps a twentieth of the oldest sample's age, from {@link #POLL} up to {@link #MAX_POLL}:
 * fine where lags are short, and no more than some 5 % off, at a bounded cost in queries, where they are long.
 */
final class ProjectionLagWatcher implements RestReviseBenchmark.Answered {

    static final Duration POLL = Duration.ofMillis(1);
    private static final Duration MAX_POLL = Duration.ofMillis(50);
    private static final int POLLS_PER_AGE = 20;

    /**
     * The lags of one round's samples; that of the round's last answered revise, measured once it ended; how
     * long the watcher's polls took (a sample already held when the watcher first asks shows about that much lag).
     */
    record Lags(List<Double> samplesMillis, double backlogEndMillis, List<Double> pollsMillis, long queries) {}

    private record Sample(Revision revision, long answeredNanos) {}

    private final ReadModelProbe probe;
    private final int every;
    private final Duration timeout;
    private final AtomicLong answered = new AtomicLong();
    private final AtomicReference<Sample> last = new AtomicReference<>();
    private final BlockingQueue<Sample> handedOver = new LinkedBlockingQueue<>();
    private final List<Double> lags = new ArrayList<>();
    private final List<Double> polls = new ArrayList<>();
    private final long queriesBefore;
    private final Thread watcher;
    private volatile boolean stopping;

    ProjectionLagWatcher(ReadModelProbe probe, int every, Duration timeout) {
        this.probe = probe;
        this.every = every;
        this.timeout = timeout;
        this.queriesBefore = probe.queries();
        this.watcher = new Thread(this::watch, "projection-lag-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Override
    public void revised(String id, long revision, long answeredNanos) {
        Sample sample = new Sample(new Revision(id, revision), answeredNanos);
        last.accumulateAndGet(
                sample,
                (kept, offered) -> kept == null || offered.answeredNanos() > kept.answeredNanos() ? offered : kept);
        if (answered.incrementAndGet() % every == 0) {
            handedOver.add(sample);
        }
    }

    /** Call once the load has stopped: measures the last revise's lag, then lets the watcher see its samples out. */
    Lags finish() throws InterruptedException {
        Sample lastRevise = last.get();
        double backlog = lastRevise == null
                ? Double.NaN
                : BenchmarkStats.millis(
                        probe.awaitAll(List.of(lastRevise.revision()), POLL, timeout) - lastRevise.answeredNanos());
        stopping = true;
        watcher.join(timeout.toMillis());
        if (watcher.isAlive()) {
            watcher.interrupt();
            throw new IllegalStateException("sampled revisions not in the read models within " + timeout);
        }
        synchronized (lags) {
            return new Lags(List.copyOf(lags), backlog, List.copyOf(polls), probe.queries() - queriesBefore);
        }
    }

    private void watch() {
        List<Sample> pending = new ArrayList<>();
        try {
            while (!stopping || !pending.isEmpty() || !handedOver.isEmpty()) {
                if (pending.isEmpty()) {
                    Sample next = handedOver.poll(10, TimeUnit.MILLISECONDS);
                    if (next == null) {
                        continue;
                    }
                    pending.add(next);
                }
                handedOver.drainTo(pending);
                long asked = System.nanoTime();
                Set<Revision> missing = new HashSet<>(
                        probe.missing(pending.stream().map(Sample::revision).toList()));
                long seen = System.nanoTime();
                synchronized (lags) {
                    polls.add(BenchmarkStats.millis(seen - asked));
                    pending.removeIf(sample -> {
                        if (missing.contains(sample.revision())) {
                            return false;
                        }
                        lags.add(BenchmarkStats.millis(seen - sample.answeredNanos()));
                        return true;
                    });
                }
                if (!pending.isEmpty()) {
                    long oldest = pending.stream()
                            .mapToLong(Sample::answeredNanos)
                            .min()
                            .orElseThrow();
                    long pause =
                            Math.max(POLL.toNanos(), Math.min(MAX_POLL.toNanos(), (seen - oldest) / POLLS_PER_AGE));
                    TimeUnit.NANOSECONDS.sleep(pause);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
