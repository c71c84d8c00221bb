package org.palimpsest.benchmark;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.palimpsest.benchmark.BenchmarkFigures.Goal;
import org.palimpsest.benchmark.ReadModelProbe.Revision;
import org.palimpsest.entry.blame.BlameQueries;
import org.palimpsest.support.RunningApp;

/** The figures of the core issue, all from one app over one fresh store. */
final class CoreBenchmark {

    private static final int SHORT_REVISIONS = 10;
    private static final int LONG_REVISIONS = 10_000;
    private static final int ONE_WORD_EDITS = 7;
    private static final int BLAME_SAMPLES = 51;
    private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration REBUILD_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration SETTLE_POLL = Duration.ofMillis(20);
    private static final int LAG_SAMPLE_EVERY = 10;
    /** The parts that run in this JVM, over one app; the others start app processes of their own. */
    private static final Set<String> IN_PROCESS =
            Set.of("ratio", "lag", "single", "cold", "eventsize", "rebuild", "review", "blame");

    private final BenchmarkOptions options;
    private final BenchmarkFigures figures = new BenchmarkFigures();
    private final BenchmarkEntries entries = new BenchmarkEntries();

    CoreBenchmark(BenchmarkOptions options) {
        this.options = options;
    }

    BenchmarkFigures run() throws Exception {
        if (options.only().stream().anyMatch(IN_PROCESS::contains)) {
            inProcess();
        }
        // the app processes of their own come after the in-process app has closed, whose processors would
        // otherwise keep polling the store beside them
        if (options.runs("external")) {
            external();
        }
        if (options.runs("first")) {
            firstSaves();
        }
        if (options.runs("disk")) {
            disk();
        }
        return figures;
    }

    private void inProcess() throws InterruptedException {
        try (RunningApp app = PalimpsestBenchmark.start(options.dataDir())) {
            boolean revises = options.runs("ratio") || options.runs("lag") || options.runs("single");
            if (revises || options.runs("rebuild")) {
                BenchmarkProgress.say("creating %d entries", options.entries());
                List<String> hot = entries.create(app, "hot", options.entries(), options.threads());
                entries.awaitProjections(app, hot, SETUP_TIMEOUT);
                if (revises) {
                    RestReviseBenchmark load =
                            new RestReviseBenchmark(app.api().withoutWaiting(), entries, hot, options.threads());
                    BenchmarkProgress.say(
                            "warm-up: %d s of REST revises", options.warmup().toSeconds());
                    load.run(options.warmup());
                    entries.awaitProjections(app, hot, SETUP_TIMEOUT);
                    // a round ends once every read model holds its revises, blame's processor included
                    ReadModelProbe probe = new ReadModelProbe(app.bean(MongoDatabase.class), ReadModelProbe.ALL);
                    if (options.runs("ratio")) {
                        revisesAgainstRawInserts(app, probe, hot, load);
                    }
                    if (options.runs("lag")) {
                        projectionLag(load, app.bean(MongoDatabase.class), probe, hot);
                    }
                    if (options.runs("single")) {
                        singleClient(app, probe, hot);
                    }
                }
            }
            if (options.runs("cold")) {
                coldLoads(app);
            }
            if (options.runs("eventsize") || options.runs("rebuild")) {
                eventSize(app);
            }
            if (options.runs("rebuild")) {
                rebuild(app);
            }
            if (options.runs("review")) {
                new ReviewBenchmark(app, figures, options.warmup()).run();
            }
            if (options.runs("blame")) {
                blame(app);
            }
        }
    }

    /** Waits until the read models hold every revision of the entries known to the benchmark. */
    private void settle(ReadModelProbe probe, List<String> ids) throws InterruptedException {
        probe.awaitAll(
                ids.stream().map(id -> new Revision(id, entries.revision(id))).toList(), SETTLE_POLL, SETUP_TIMEOUT);
    }

    /**
     * Rounds alternate between the loads, so that a noisy spell on the machine hits them alike. Next to the
     * goal's ratio goes its ceiling on this machine: the ratio a revise would reach if it cost only the CPU of an
     * authenticated read plus one raw insert, with every core busy.
     */
    private void revisesAgainstRawInserts(
            RunningApp app, ReadModelProbe probe, List<String> hot, RestReviseBenchmark revises)
            throws InterruptedException {
        RawInsertBenchmark inserts = new RawInsertBenchmark(app.bean(MongoDatabase.class), options.threads());
        AuthenticatedReadBenchmark reads = new AuthenticatedReadBenchmark(app.api(), hot, options.threads());
        int eventBytes = (int) Math.round(figures.single(
                "event_document_avg_bytes", "average stored event document", "bytes", inserts.averageEventBytes()));
        inserts.run(eventBytes, options.warmup());
        reads.run(options.warmup());
        List<Round> rounds = new ArrayList<>();
        for (int round = 0; round < options.rounds(); round++) {
            // a revise's work includes the read models': the round's time and CPU run until they hold every revise
            BenchmarkLoad.Result revised = revises.run(options.round(), () -> settle(probe, hot));
            rounds.add(new Round(revised, inserts.run(eventBytes, options.round()), reads.run(options.round())));
        }
        String threads = options.threads() + " threads";
        median(
                "revises_per_s",
                "REST revises, " + options.entries() + " entries, " + threads,
                "1/s",
                rounds,
                round -> round.revised().perSecond());
        median(
                "raw_inserts_per_s",
                "raw driver inserts, " + threads,
                "1/s",
                rounds,
                round -> round.inserted().perSecond());
        List<Double> ratios = rounds.stream().map(Round::ratio).toList();
        double ratio = BenchmarkStats.median(ratios);
        figures.withGoal(
                "revise_to_raw_ratio",
                "revises/s / raw inserts/s (per round)",
                "x",
                ratio,
                ratios,
                Goal.atLeast(0.5, ratio));
        median(
                "authenticated_reads_per_s",
                "authenticated GET of one entry, " + threads,
                "1/s",
                rounds,
                round -> round.read().perSecond());
        median(
                "cpu_ms_per_revise",
                "process CPU per REST revise, JIT excluded",
                "ms",
                rounds,
                round -> round.revised().cpuMillisEach());
        median(
                "cpu_ms_per_raw_insert",
                "process CPU per raw insert, JIT excluded",
                "ms",
                rounds,
                round -> round.inserted().cpuMillisEach());
        median(
                "cpu_ms_per_read",
                "process CPU per authenticated GET, JIT excluded",
                "ms",
                rounds,
                round -> round.read().cpuMillisEach());
        median(
                "cpu_share_revises",
                "CPU busy during revises (all cores)",
                "x",
                rounds,
                round -> round.revised().cpuShare());
        median(
                "jit_share_revises",
                "JIT compiler's share of that",
                "x",
                rounds,
                round -> round.revised().compileShare());
        median(
                "cpu_share_raw_inserts",
                "CPU busy during raw inserts (all cores)",
                "x",
                rounds,
                round -> round.inserted().cpuShare());
        median(
                "revise_to_raw_ceiling",
                "ratio ceiling: a revise costing one GET + one insert",
                "x",
                rounds,
                Round::ceiling);
        List<Double> cpuRatios = rounds.stream().map(Round::cpuRatio).toList();
        double cpuRatio = BenchmarkStats.median(cpuRatios);
        figures.withGoal(
                "cpu_ratio_revise_to_read_plus_insert",
                "CPU revise / (CPU GET + CPU insert) (per round)",
                "x",
                cpuRatio,
                cpuRatios,
                Goal.atMost(2.2, cpuRatio));
    }

    /**
     * Rounds of the same revise load as above, apart from those so that the watcher's queries do not count in
     * their CPU figures: every {@link #LAG_SAMPLE_EVERY}th revise is watched until the read models hold it.
     */
    private void projectionLag(
            RestReviseBenchmark load, MongoDatabase database, ReadModelProbe settled, List<String> hot)
            throws InterruptedException {
        ReadModelProbe goal = new ReadModelProbe(database, ReadModelProbe.LAG_GOAL);
        ReadModelProbe blameOnly = new ReadModelProbe(database, Set.of(ReadModelProbe.ReadModel.BLAME));
        List<ProjectionLagWatcher.Lags> rounds = new ArrayList<>();
        List<ProjectionLagWatcher.Lags> blameRounds = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        for (int round = 0; round < options.rounds(); round++) {
            ProjectionLagWatcher watcher = new ProjectionLagWatcher(goal, LAG_SAMPLE_EVERY, SETUP_TIMEOUT);
            ProjectionLagWatcher blameWatcher = new ProjectionLagWatcher(blameOnly, LAG_SAMPLE_EVERY, SETUP_TIMEOUT);
            seconds.add(load.run(options.round(), (id, revision, answeredNanos) -> {
                        watcher.revised(id, revision, answeredNanos);
                        blameWatcher.revised(id, revision, answeredNanos);
                    })
                    .seconds());
            ProjectionLagWatcher.Lags lags = watcher.finish();
            ProjectionLagWatcher.Lags blameLags = blameWatcher.finish();
            BenchmarkProgress.say(
                    "projection lag: %d samples, p50 %.1f ms, last revise %.1f ms; blame p50 %.1f ms",
                    lags.samplesMillis().size(),
                    BenchmarkStats.median(lags.samplesMillis()),
                    lags.backlogEndMillis(),
                    BenchmarkStats.median(blameLags.samplesMillis()));
            rounds.add(lags);
            blameRounds.add(blameLags);
            settle(settled, hot);
        }
        String load8 = " (" + options.threads() + "-thread revise load)";
        figures.median(
                "projection_lag_p50_ms",
                "answer to all 3 read models, p50" + load8,
                "ms",
                rounds.stream()
                        .map(lags -> BenchmarkStats.median(lags.samplesMillis()))
                        .toList());
        figures.median(
                "projection_lag_p99_ms",
                "answer to all 3 read models, p99" + load8,
                "ms",
                rounds.stream()
                        .map(lags -> BenchmarkStats.percentile(lags.samplesMillis(), 99))
                        .toList());
        figures.median(
                "projection_lag_blame_p50_ms",
                "answer to the blame read model (a processor of its own), p50" + load8,
                "ms",
                blameRounds.stream()
                        .map(lags -> BenchmarkStats.median(lags.samplesMillis()))
                        .toList());
        figures.median(
                "projection_lag_blame_p99_ms",
                "answer to the blame read model, p99" + load8,
                "ms",
                blameRounds.stream()
                        .map(lags -> BenchmarkStats.percentile(lags.samplesMillis(), 99))
                        .toList());
        figures.median(
                "projection_backlog_end_ms",
                "the same for a round's last revise, after the load",
                "ms",
                rounds.stream().map(ProjectionLagWatcher.Lags::backlogEndMillis).toList());
        figures.median(
                "projection_lag_samples",
                "revises watched per round (1 in " + LAG_SAMPLE_EVERY + ")",
                "samples",
                rounds.stream()
                        .map(lags -> (double) lags.samplesMillis().size())
                        .toList());
        List<Double> queriesPerSecond = new ArrayList<>();
        for (int round = 0; round < rounds.size(); round++) {
            queriesPerSecond.add(rounds.get(round).queries() / seconds.get(round));
        }
        figures.median("projection_watch_queries_per_s", "the watcher's store queries", "1/s", queriesPerSecond);
        figures.median(
                "projection_watch_poll_p50_ms",
                "one poll of the watcher (3 queries), p50: the lag's floor",
                "ms",
                rounds.stream()
                        .map(lags -> BenchmarkStats.median(lags.pollsMillis()))
                        .toList());
    }

    /** One editor alone: the latency of a revise with nothing else running, after the warm-up. */
    private void singleClient(RunningApp app, ReadModelProbe probe, List<String> hot) throws InterruptedException {
        RestReviseBenchmark single = new RestReviseBenchmark(app.api().withoutWaiting(), entries, hot, 1);
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (int round = 0; round < options.rounds(); round++) {
            settle(probe, hot);
            List<Double> latencies = single.run(options.round()).latenciesMillis();
            p50.add(BenchmarkStats.median(latencies));
            p99.add(BenchmarkStats.percentile(latencies, 99));
        }
        figures.median("revise_single_p50_ms", "REST revise latency, 1 client alone, p50", "ms", p50);
        figures.median("revise_single_p99_ms", "REST revise latency, 1 client alone, p99", "ms", p99);
    }

    private void median(String name, String label, String unit, List<Round> rounds, Function<Round, Double> figure) {
        figures.median(name, label, unit, rounds.stream().map(figure).toList());
    }

    /** One round of the three loads. */
    private record Round(BenchmarkLoad.Result revised, BenchmarkLoad.Result inserted, BenchmarkLoad.Result read) {

        double ratio() {
            return revised.perSecond() / inserted.perSecond();
        }

        /** What a revise costs beyond its floor: the CPU of one authenticated read plus one raw insert. */
        double cpuRatio() {
            return revised.cpuMillisEach() / (read.cpuMillisEach() + inserted.cpuMillisEach());
        }

        /** The ratio if a revise cost the CPU of one read plus one insert and kept every core busy. */
        double ceiling() {
            double cpuMillisPerSecond = 1000.0 * Runtime.getRuntime().availableProcessors();
            double fastestRevises = cpuMillisPerSecond / (read.cpuMillisEach() + inserted.cpuMillisEach());
            return fastestRevises / inserted.perSecond();
        }
    }

    private void coldLoads(RunningApp app) {
        BenchmarkProgress.say("filling an entry with %d and one with %d revisions", SHORT_REVISIONS, LONG_REVISIONS);
        String shortId = entries.create(app, "ten-revisions", 1, 1).get(0);
        String longId = entries.create(app, "ten-thousand-revisions", 1, 1).get(0);
        entries.revise(app, List.of(shortId), SHORT_REVISIONS - 1, 1);
        double perSecond = entries.revise(app, List.of(longId), LONG_REVISIONS - 1, 1);
        BenchmarkProgress.say("filled at %.0f commands/s; waiting for the projections", perSecond);
        entries.awaitProjections(app, List.of(shortId, longId), SETUP_TIMEOUT);

        ColdLoadBenchmark loads = new ColdLoadBenchmark(app);
        List<Double> shortLoads = new ArrayList<>();
        List<Double> longLoads = new ArrayList<>();
        for (int sample = 0; sample < 2 * options.rounds() + 1; sample++) {
            shortLoads.add(loads.once(shortId));
            longLoads.add(loads.once(longId));
        }
        double shortMillis = figures.median("load_10_revisions_ms", "cache-miss load, 10 revisions", "ms", shortLoads);
        double longMillis =
                figures.median("load_10000_revisions_ms", "cache-miss load, 10,000 revisions", "ms", longLoads);
        double ratio = longMillis / shortMillis;
        figures.withGoal(
                "load_ratio", "load 10,000 / load 10 revisions", "x", ratio, List.of(ratio), Goal.atMost(2, ratio));
    }

    private void eventSize(RunningApp app) {
        BenchmarkProgress.say("one-word edits of a 20 KB body");
        EventSizeBenchmark.Sizes sizes = new EventSizeBenchmark(app).measure(ONE_WORD_EDITS);
        figures.single(
                "create_event_bytes_20kb", "event bytes, create with a 20 KB body", "bytes", sizes.createBytes());
        double perRevise = BenchmarkStats.median(sizes.reviseBytes());
        figures.withGoal(
                "event_bytes_per_revise",
                "event bytes, one-word edit of a 20 KB body",
                "bytes",
                perRevise,
                sizes.reviseBytes(),
                Goal.atMost(1024, perRevise));
    }

    private void blame(RunningApp app) {
        BenchmarkProgress.say("%d revisions of a 20 KB body by two editors", BlameBenchmark.REVISIONS);
        String path = new BlameBenchmark(app).fill();
        ListingBenchmark reads = new ListingBenchmark(app.api());
        reads.medianMillis(path, BLAME_SAMPLES);
        int pastRevision = BlameBenchmark.REVISIONS - 25;
        List<Double> newest = new ArrayList<>();
        List<Double> past = new ArrayList<>();
        List<Double> entry = new ArrayList<>();
        for (int round = 0; round < options.rounds(); round++) {
            newest.add(reads.medianMillis(path, BLAME_SAMPLES));
            past.add(reads.medianMillis(path + "?revision=" + pastRevision, BLAME_SAMPLES));
            entry.add(reads.medianMillis("/api/entries/" + BlameBenchmark.ID, BLAME_SAMPLES));
        }
        double median = BenchmarkStats.median(newest);
        figures.withGoal(
                "blame_1000_revisions_ms",
                "GET blame of a 20 KB body after 1,000 revisions, median",
                "ms",
                median,
                newest,
                Goal.atMost(10, median));
        figures.median(
                "blame_past_revision_ms",
                "GET blame of that body at revision " + pastRevision + " (checkpoint + "
                        + (pastRevision - 1) % BlameQueries.CHECKPOINT_EVERY + " patches), median",
                "ms",
                past);
        figures.median(
                "blame_entry_reference_ms", "GET of that entry (its 20 KB body), for comparison, median", "ms", entry);
    }

    private void rebuild(RunningApp app) throws InterruptedException {
        long events = app.bean(MongoDatabase.class)
                .getCollection(RawInsertBenchmark.EVENTS)
                .countDocuments();
        long articles =
                app.api().get("/api/entries?size=1").json().get("totalElements").asLong();
        ProjectionRebuildBenchmark rebuild = new ProjectionRebuildBenchmark(app.api(), REBUILD_TIMEOUT);
        List<Double> rates = new ArrayList<>();
        for (int round = 0; round < options.rounds(); round++) {
            BenchmarkProgress.say("rebuilding the projections from %d events", events);
            double seconds = rebuild.rebuild(EventSizeBenchmark.ID, ONE_WORD_EDITS + 1, articles);
            rates.add(events / seconds);
        }
        figures.median(
                "rebuild_events_per_s",
                "projection rebuild (articles + history), " + events + " events",
                "events/s",
                rates);
    }

    private void external() throws Exception {
        List<ExternalCpuBenchmark.Round> rounds =
                new ExternalCpuBenchmark(options).run(options.dataDir().resolve("external"));
        String threads = ", " + options.threads() + " HTTP clients, separate app process";
        figures.median(
                "cpu_ms_per_revise_external",
                "app CPU per REST revise" + threads,
                "ms",
                rounds.stream().map(ExternalCpuBenchmark.Round::reviseCpuMillis).toList());
        figures.median(
                "cpu_ms_per_read_external",
                "app CPU per authenticated GET" + threads,
                "ms",
                rounds.stream().map(ExternalCpuBenchmark.Round::readCpuMillis).toList());
        figures.median(
                "revises_per_s_external",
                "REST revises" + threads,
                "1/s",
                rounds.stream()
                        .map(ExternalCpuBenchmark.Round::revisesPerSecond)
                        .toList());
        List<Double> ratios =
                rounds.stream().map(ExternalCpuBenchmark.Round::ratio).toList();
        figures.withGoal(
                "cpu_revise_over_read_external",
                "app CPU revise / GET (per round)",
                "x",
                BenchmarkStats.median(ratios),
                ratios,
                Goal.about(8));
    }

    private void firstSaves() throws Exception {
        FirstSavesBenchmark first = new FirstSavesBenchmark();
        List<FirstSavesBenchmark.Saves> rounds = new ArrayList<>();
        for (int round = 0; round < options.rounds(); round++) {
            BenchmarkProgress.say("fresh app process: the first %d saves", FirstSavesBenchmark.SAVES);
            rounds.add(first.once(options.dataDir().resolve("first-" + (round + 1))));
        }
        String label = "first " + FirstSavesBenchmark.SAVES + " saves after a fresh start (5 KB body), ";
        List<Double> p50 = rounds.stream().map(saves -> saves.percentile(50)).toList();
        double median = BenchmarkStats.median(p50);
        figures.withGoal("first_saves_p50_ms", label + "p50", "ms", median, p50, Goal.atMost(10, median));
        figures.median(
                "first_saves_p90_ms",
                label + "p90",
                "ms",
                rounds.stream().map(saves -> saves.percentile(90)).toList());
        figures.median(
                "first_saves_p99_ms",
                label + "p99",
                "ms",
                rounds.stream().map(saves -> saves.percentile(99)).toList());
        figures.median(
                "first_saves_1_150_p50_ms",
                "the same, saves 1-150, p50",
                "ms",
                rounds.stream().map(saves -> saves.median(1, 150)).toList());
        figures.median(
                "first_saves_351_500_p50_ms",
                "the same, saves 351-500, p50",
                "ms",
                rounds.stream().map(saves -> saves.median(351, 500)).toList());
    }

    private void disk() throws Exception {
        DiskGrowthBenchmark.Growth growth =
                new DiskGrowthBenchmark().measure(options.dataDir().resolve("disk"), options.diskRevisions());
        BenchmarkProgress.say(
                "disk: folder %d bytes stopped (%d compacted), %d started, %d after %d revisions, "
                        + "%d stopped (%d compacted)",
                growth.stoppedBefore(),
                growth.compactedBefore(),
                growth.runningBefore(),
                growth.runningAfter(),
                growth.revisions(),
                growth.stoppedAfter(),
                growth.compactedAfter());
        String label = "data folder growth per one-word revision of a 20 KB body (" + growth.revisions() + "), ";
        figures.single(
                "disk_bytes_per_revision_20kb_running",
                label + "app running",
                "bytes",
                growth.runningBytesPerRevision());
        figures.single(
                "disk_bytes_per_revision_20kb",
                label + "after a clean stop",
                "bytes",
                growth.stoppedBytesPerRevision());
        figures.single(
                "disk_bytes_per_revision_20kb_compacted",
                label + "compacted copy",
                "bytes",
                growth.compactedBytesPerRevision());
        double documents = 0;
        for (Map.Entry<String, Double> collection :
                growth.documentBytesPerRevision().entrySet()) {
            documents += collection.getValue();
            figures.single(
                    "disk_document_bytes_per_revision_" + collection.getKey(),
                    "documents' BSON bytes per revision, " + collection.getKey(),
                    "bytes",
                    collection.getValue());
        }
        figures.single(
                "disk_document_bytes_per_revision", "documents' BSON bytes per revision, all", "bytes", documents);
    }
}
