package org.palimpsest.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.palimpsest.benchmark.ReadModelProbe.Revision;

/**
 * CPU per REST revise against CPU per authenticated GET, read from outside: the app runs in a process of its own
 * and its CPU time comes from {@code /proc/<pid>/stat}, so the load generator's work (HTTP clients, JSON,
 * bookkeeping), which shares the JVM in the other figures, does not count. A revise round ends only when the
 * read models hold every revise it answered, so that projection work a PUT leaves behind counts as the revise's.
 */
final class ExternalCpuBenchmark {

    private static final Duration SETTLE_POLL = Duration.ofMillis(20);
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(10);

    /** App CPU per operation in one round of each load. */
    record Round(double reviseCpuMillis, double readCpuMillis, double revisesPerSecond, double readsPerSecond) {

        double ratio() {
            return reviseCpuMillis / readCpuMillis;
        }
    }

    private final BenchmarkOptions options;

    ExternalCpuBenchmark(BenchmarkOptions options) {
        this.options = options;
    }

    List<Round> run(Path dataDir) throws Exception {
        try (SeparateApp app = SeparateApp.start(dataDir, "external")) {
            BenchmarkProgress.say("separate app process: creating %d entries through the REST API", options.entries());
            List<String> ids = create(app);
            BenchmarkEntries entries = new BenchmarkEntries();
            ids.forEach(id -> entries.advanced(id, 1));
            ReadModelProbe probe = new ReadModelProbe(app.database(), ReadModelProbe.ALL);
            RestReviseBenchmark revises = new RestReviseBenchmark(app.api(), entries, ids, options.threads());
            AuthenticatedReadBenchmark reads = new AuthenticatedReadBenchmark(app.api(), ids, options.threads());
            BenchmarkProgress.say(
                    "separate app process: warm-up, %d s of each load",
                    options.warmup().toSeconds());
            revises.run(options.warmup());
            settle(probe, entries, ids);
            reads.run(options.warmup());
            List<Round> rounds = new ArrayList<>();
            for (int round = 0; round < options.rounds(); round++) {
                long before = app.cpuNanos();
                BenchmarkLoad.Result revised = revises.run(options.round());
                settle(probe, entries, ids);
                long afterRevises = app.cpuNanos();
                BenchmarkLoad.Result read = reads.run(options.round());
                long afterReads = app.cpuNanos();
                rounds.add(new Round(
                        BenchmarkStats.millis(afterRevises - before) / revised.succeeded(),
                        BenchmarkStats.millis(afterReads - afterRevises) / read.succeeded(),
                        revised.perSecond(),
                        read.perSecond()));
            }
            return rounds;
        }
    }

    private List<String> create(SeparateApp app) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < options.entries(); i++) {
            numbers.add(i);
        }
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        BenchmarkEntries.inParallel(
                options.threads(),
                numbers,
                i -> ids.add(app.create(
                        "External " + i,
                        "A short entry used by the benchmark. It changes one number with every edit: 1.")));
        return List.copyOf(ids);
    }

    private static void settle(ReadModelProbe probe, BenchmarkEntries entries, List<String> ids)
            throws InterruptedException {
        probe.awaitAll(
                ids.stream().map(id -> new Revision(id, entries.revision(id))).toList(), SETTLE_POLL, SETTLE_TIMEOUT);
    }
}
