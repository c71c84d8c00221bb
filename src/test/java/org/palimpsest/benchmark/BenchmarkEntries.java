package org.palimpsest.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.palimpsest.entry.api.CreateEntryCommand;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryEdit;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.ReviseEntryCommand;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.support.RunningApp;
import org.palimpsest.system.projection.ReadModelCatchUp;

/**
 * Sets up entries quickly with real events: commands go straight to the command gateway (the REST layer
 * would wait for the projections after each one), several threads at once, each thread on entries of its
 * own so that no command is refused as stale. Remembers each entry's revision.
 */
final class BenchmarkEntries {

    static final String TIMELINE = "Benchmark War";

    private final Map<String, Long> revisions = new ConcurrentHashMap<>();

    long revision(String id) {
        return revisions.get(id);
    }

    /** The REST benchmark moves entries on too; it reports what it learned here. */
    void advanced(String id, long revision) {
        revisions.merge(id, revision, Math::max);
    }

    static String body(String id, long revision) {
        return "A short entry used by the benchmark (" + id + "). It changes one number with every edit: " + revision
                + ".";
    }

    private static EntryEdit bodyEdit(String body) {
        return EntryEdit.of(EntryField.BODY, body);
    }

    List<String> create(RunningApp app, String prefix, int count, int threads) {
        CommandGateway commands = app.bean(CommandGateway.class);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            created.add(prefix + "-" + i);
        }
        inParallel(threads, created, id -> {
            EntryContent content = new EntryContent(
                    "Benchmark " + id, TIMELINE, HistoricalDate.of(1950, 6, 25), null, null, body(id, 1), null);
            commands.sendAndWait(new CreateEntryCommand(
                    id,
                    content,
                    RevisionKind.CREATE,
                    "editor1",
                    Instant.now(),
                    "created by the benchmark",
                    null,
                    null));
            revisions.put(id, 1L);
        });
        return created;
    }

    /** Appends {@code total} revisions spread round-robin over the entries; returns commands per second. */
    double revise(RunningApp app, List<String> ids, long total, int threads) {
        AtomicLong left = new AtomicLong(total);
        return revise(app, ids, threads, () -> left.getAndDecrement() > 0);
    }

    /** Revises round-robin until the time is up; returns commands per second. */
    double reviseFor(RunningApp app, List<String> ids, Duration duration, int threads) {
        long deadline = System.nanoTime() + duration.toNanos();
        return revise(app, ids, threads, () -> System.nanoTime() < deadline);
    }

    private double revise(RunningApp app, List<String> ids, int threads, BooleanSupplier another) {
        CommandGateway commands = app.bean(CommandGateway.class);
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        List<List<String>> shares = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, ids.size()); t++) {
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < ids.size(); i++) {
            shares.get(i % shares.size()).add(ids.get(i));
        }
        inParallel(shares.size(), shares, share -> {
            for (int i = 0; another.getAsBoolean(); i++) {
                reviseOnce(commands, share.get(i % share.size()));
                done.incrementAndGet();
            }
        });
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private void reviseOnce(CommandGateway commands, String id) {
        long base = revisions.get(id);
        commands.sendAndWait(
                new ReviseEntryCommand(id, base, bodyEdit(body(id, base + 1)), "editor2", Instant.now(), null, false));
        revisions.put(id, base + 1);
    }

    /** Waits until every read model holds every revision known here; returns how long that took. */
    Duration awaitProjections(RunningApp app, List<String> ids, Duration timeout) {
        ReadModelCatchUp catchUp = app.bean(ReadModelCatchUp.class);
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        for (String id : ids) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (!catchUp.await(id, revisions.get(id), left)) {
                throw new IllegalStateException(
                        "projections did not reach revision " + revisions.get(id) + " of " + id + " within " + timeout);
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @FunctionalInterface
    interface Step<T> {
        void run(T item) throws Exception;
    }

    static <T> void inParallel(int threads, List<T> items, Step<T> step) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (T item : items) {
                done.add(pool.submit(() -> {
                    step.run(item);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("setting up entries failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
