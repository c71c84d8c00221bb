package org.palimpsest.benchmark;

import com.mongodb.client.MongoDatabase;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.palimpsest.support.RunningApp;

/**
 * How the figures change as the event store grows. The same entries are revised at every size, so only
 * the number of stored events changes; each size is filled (see {@link #fill}), then the app is restarted so
 * that every aggregate has to come from the store again.
 */
final class ScaleBenchmark implements BenchmarkReport {

    private static final Duration BURST = Duration.ofSeconds(10);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofHours(6);
    private static final long FILL_CHUNK = 50_000;
    private static final long HOT_SHARE = 20;

    private record Column(String header, String name, String unit, Function<Row, Double> value) {}

    private record Row(
            long size,
            double events,
            double restartSeconds,
            double coldLoadMillis,
            double p50Millis,
            double p99Millis,
            double revisesPerSecond,
            double insertsPerSecond,
            double ratio,
            double burstPerSecond,
            double lagMillis,
            double historyMillis,
            double timelineMillis) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("events", "events", "events", Row::events),
            new Column("restart s", "restart_s", "s", Row::restartSeconds),
            new Column("cold load ms", "cold_load_ms", "ms", Row::coldLoadMillis),
            new Column("revise p50 ms", "revise_p50_ms", "ms", Row::p50Millis),
            new Column("revise p99 ms", "revise_p99_ms", "ms", Row::p99Millis),
            new Column("revises/s", "revises_per_s", "1/s", Row::revisesPerSecond),
            new Column("raw inserts/s", "raw_inserts_per_s", "1/s", Row::insertsPerSecond),
            new Column("ratio", "revise_to_raw_ratio", "x", Row::ratio),
            new Column("burst cmds/s", "burst_commands_per_s", "1/s", Row::burstPerSecond),
            new Column("lag ms", "projection_lag_ms", "ms", Row::lagMillis),
            new Column("history ms", "history_page_ms", "ms", Row::historyMillis),
            new Column("timeline ms", "timeline_ms", "ms", Row::timelineMillis));

    private final BenchmarkOptions options;
    private final BenchmarkEntries entries = new BenchmarkEntries();
    private final FillerEntries fillers = new FillerEntries();
    private final List<Row> rows = new ArrayList<>();

    ScaleBenchmark(BenchmarkOptions options) {
        this.options = options;
    }

    ScaleBenchmark run() {
        RunningApp app = PalimpsestBenchmark.start(options.dataDir());
        try {
            BenchmarkProgress.say("creating %d entries", options.entries());
            List<String> hot = entries.create(app, "hot", options.entries(), options.threads());
            for (long size : options.sizes().stream().sorted().toList()) {
                fill(app, hot, size);
                long startRestart = System.nanoTime();
                app.close();
                app = PalimpsestBenchmark.start(options.dataDir());
                double restartSeconds = (System.nanoTime() - startRestart) / 1e9;
                rows.add(measure(app, hot, size, restartSeconds));
            }
        } finally {
            app.close();
        }
        return this;
    }

    /**
     * Most events go to filler entries appended straight to the event store ({@link FillerEntries}); a
     * twentieth are real revise commands on the measured entries, so that they too grow with the store.
     */
    private void fill(RunningApp app, List<String> hot, long size) {
        long stored = events(app);
        long commands = Math.max(0, (size - stored) / HOT_SHARE);
        long appended = size - stored - commands;
        long start = System.nanoTime();
        for (long done = 0; done < appended; done += FILL_CHUNK) {
            fillers.append(app, Math.min(FILL_CHUNK, appended - done), options.threads());
            BenchmarkProgress.say("filling to %d events: %d stored", size, events(app));
        }
        double appendSeconds = (System.nanoTime() - start) / 1e9;
        double rate = commands == 0 ? 0 : entries.revise(app, hot, commands, options.threads());
        BenchmarkProgress.say(
                "filling to %d events: %d filler events appended in %.0f s, %d revise commands at %.0f/s",
                size, appended, appendSeconds, commands, rate);
        Duration catchUp = entries.awaitProjections(app, hot, CATCH_UP_TIMEOUT);
        BenchmarkProgress.say(
                "%d events stored; projections caught up %.1f s after the fill", events(app), catchUp.toMillis() / 1e3);
    }

    private Row measure(RunningApp app, List<String> hot, long size, double restartSeconds) {
        double events = events(app);
        int samples = 2 * options.rounds() + 1;
        ColdLoadBenchmark loads = new ColdLoadBenchmark(app);
        List<Double> coldLoads = new ArrayList<>();
        for (String id : hot.subList(0, Math.min(samples, hot.size()))) {
            coldLoads.add(loads.once(id));
        }
        BenchmarkProgress.say(
                "size %d: first loads after the restart %s ms; loading the other entries",
                size, coldLoads.stream().map(BenchmarkTable::number).toList());
        BenchmarkEntries.inParallel(options.threads(), hot, loads::once);

        RestReviseBenchmark revises = new RestReviseBenchmark(app.api(), entries, hot, options.threads());
        RawInsertBenchmark inserts = new RawInsertBenchmark(app.bean(MongoDatabase.class), options.threads());
        int eventBytes = (int) Math.round(inserts.averageEventBytes());
        List<Double> latencies = new ArrayList<>();
        List<Double> revisesPerSecond = new ArrayList<>();
        List<Double> insertsPerSecond = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < options.rounds(); round++) {
            BenchmarkLoad.Result revised = revises.run(options.round());
            double inserted = inserts.run(eventBytes, options.round()).perSecond();
            latencies.addAll(revised.latenciesMillis());
            revisesPerSecond.add(revised.perSecond());
            insertsPerSecond.add(inserted);
            ratios.add(revised.perSecond() / inserted);
        }

        BenchmarkProgress.say("size %d: %d s burst of commands", size, BURST.toSeconds());
        double burst = entries.reviseFor(app, hot, BURST, options.threads());
        double lagMillis = entries.awaitProjections(app, hot, CATCH_UP_TIMEOUT).toNanos() / 1e6;

        ListingBenchmark listings = new ListingBenchmark(app.api());
        double history = listings.medianMillis("/api/entries/" + hot.get(0) + "/revisions?page=0&size=50", samples);
        double timeline = listings.medianMillis(
                "/api/timelines/"
                        + URLEncoder.encode(BenchmarkEntries.TIMELINE, StandardCharsets.UTF_8)
                                .replace("+", "%20"),
                samples);
        Row row = new Row(
                size,
                events,
                restartSeconds,
                BenchmarkStats.median(coldLoads),
                BenchmarkStats.percentile(latencies, 50),
                BenchmarkStats.percentile(latencies, 99),
                BenchmarkStats.median(revisesPerSecond),
                BenchmarkStats.median(insertsPerSecond),
                BenchmarkStats.median(ratios),
                burst,
                lagMillis,
                history,
                timeline);
        BenchmarkProgress.say(
                "size %d: revise p50 %s ms, %s revises/s, lag %s ms",
                size,
                BenchmarkTable.number(row.p50Millis()),
                BenchmarkTable.number(row.revisesPerSecond()),
                BenchmarkTable.number(row.lagMillis()));
        return row;
    }

    private static long events(RunningApp app) {
        // exact on the embedded store, which scans the whole collection for countDocuments
        return app.bean(MongoDatabase.class)
                .getCollection(RawInsertBenchmark.EVENTS)
                .estimatedDocumentCount();
    }

    @Override
    public void print(PrintStream out) {
        List<String> headers = new ArrayList<>(List.of("size"));
        COLUMNS.forEach(column -> headers.add(column.header()));
        BenchmarkTable table = new BenchmarkTable(headers.toArray(String[]::new));
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(Long.toString(row.size())));
            COLUMNS.forEach(
                    column -> cells.add(BenchmarkTable.number(column.value().apply(row))));
            table.row(cells.toArray(String[]::new));
        }
        table.print(out);
        out.println();
        for (Row row : rows) {
            for (Column column : COLUMNS) {
                out.println(BenchmarkFigures.line(
                        "scale_" + row.size() + "_" + column.name(),
                        column.value().apply(row),
                        column.unit()));
            }
        }
    }
}
