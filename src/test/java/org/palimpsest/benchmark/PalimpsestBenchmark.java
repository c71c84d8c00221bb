package org.palimpsest.benchmark;

import java.io.PrintStream;
import java.nio.file.Path;
import org.palimpsest.support.RunningApp;

/**
 * The project's benchmark (docs/benchmark.md): {@code bench/run} for the core figures, {@code bench/run scale
 * [sizes...]} for how they change as the event store grows. Not a test: surefire skips *Benchmark*.
 */
public final class PalimpsestBenchmark {

    private PalimpsestBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        PrintStream figures = System.out;
        // the app logs to the console (Axon warns of slow projection batches, say): that goes to stderr,
        // so that stdout holds the figures only
        System.setOut(System.err);
        BenchmarkReport report = options.live()
                ? new LiveBenchmark(options).run()
                : options.scale() ? new ScaleBenchmark(options).run() : new CoreBenchmark(options).run();
        report.print(figures);
        figures.flush();
        // Axon's and the HTTP client's worker threads would keep the JVM alive after the last app closed
        System.exit(0);
    }

    /** The real app over the data directory; its logs go quiet so that the figures stand out. */
    static RunningApp start(Path dataDir) {
        return RunningApp.embedded(
                dataDir,
                "--logging.level.root=WARN",
                "--logging.level.de.bwaldvogel.mongo=ERROR",
                "--logging.level.org.axonframework=ERROR");
    }
}
