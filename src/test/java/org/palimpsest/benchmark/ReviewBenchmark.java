package org.palimpsest.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.palimpsest.benchmark.BenchmarkFigures.Goal;
import org.palimpsest.entry.history.HistoryQueries;
import org.palimpsest.support.Api;
import org.palimpsest.support.RunningApp;
import org.palimpsest.system.projection.ReadModelCatchUp;

/**
 * The review figures of issue 10 that today's endpoints allow, over one entry with a 50 KB body and 500 revisions,
 * each a one-word edit somewhere else in the body ({@link WordBody#edit}): a diff of two revisions 20 edits apart (so
 * 20 scattered words differ), as JSON and as HTML; the history listing of all 500 revisions in one page; an undo of
 * a middle revision; the entry as it stood at a middle revision's time; a rollback of three edits. Each is a median of REST round trips
 * after unmeasured ones ({@link #READ_WARMUP}, {@link #WRITE_WARMUP}), as MediaWiki's figures are of its HTTP API. The app keeps the revision contents it
 * has read in memory, so each diff sample asks for a pair of its own and, but for the figure named "next pair", is
 * taken after the app forgot what it kept of the entry: what a first look at a diff costs.
 */
final class ReviewBenchmark {

    static final int REVISIONS = 500;
    private static final int BODY_BYTES = 50_000;
    /** Unmeasured GETs before each read figure's samples: the figures are of a running server, not of the JIT's first calls. */
    private static final int READ_WARMUP = 100;
    /** Unmeasured undos and rollbacks before theirs. */
    private static final int WRITE_WARMUP = 5;

    private static final int SAMPLES = 31;
    private static final int UNDO_SAMPLES = 15;

    private final RunningApp app;
    private final BenchmarkFigures figures;
    private final Duration warmup;

    ReviewBenchmark(RunningApp app, BenchmarkFigures figures, Duration warmup) {
        this.app = app;
        this.figures = figures;
        this.warmup = warmup;
    }

    void run() {
        String settled = fill();
        String first = fill();
        measure(first, Pass.FIRST);
        warmUp(first);
        settle();
        measure(settled, Pass.SETTLED);
    }

    /**
     * Runs the requests of a pass, untimed, for the warm-up's length (bench/run's {@code --warmup}): the reads, an
     * undo of a middle revision and an undo of that undo (which brings the revision's change back, so that it can be
     * undone again), three edits and their rollback.
     */
    private void warmUp(String id) {
        BenchmarkProgress.say("review requests, untimed, for %d s", warmup.toSeconds());
        Api api = app.api().withoutWaiting();
        HistoryQueries history = app.bean(HistoryQueries.class);
        String entry = "/api/entries/" + id;
        long middle = REVISIONS / 2 + 30;
        long end = System.nanoTime() + warmup.toNanos();
        for (int round = 0; System.nanoTime() < end; round++) {
            history.forgetKeptContents(id);
            for (String path : List.of(
                    entry,
                    entry + "/revisions/" + (REVISIONS / 2 + 20),
                    entry + "/diff?from=" + (REVISIONS / 2 - 20 + round % 20) + "&to=" + (REVISIONS / 2 + round % 20),
                    entry + "/diff?from=" + (REVISIONS / 2 - 20) + "&to=" + REVISIONS / 2 + "&format=html",
                    entry + "/revisions?page=0&size=" + REVISIONS)) {
                expect(api.get(path), "GET " + path);
            }
            Api.Response undone =
                    expect(api.post(entry + "/revisions/" + middle + "/undo", "reviewer", ""), "undo of " + middle);
            Api.Response redone = expect(
                    api.post(
                            entry + "/revisions/"
                                    + undone.json().get("revision").asLong() + "/undo",
                            "reviewer",
                            ""),
                    "undo of the undo");
            vandalised(api, entry, redone, round);
            expect(api.post(entry + "/rollback", "reviewer", Api.json(Map.of("author", "editor1"))), "rollback");
        }
    }

    private static Api.Response expect(Api.Response response, String what) {
        if (response.status() != 200) {
            throw new IllegalStateException(what + ": " + response.status() + " " + response.text());
        }
        return response;
    }

    /**
     * One pass of the review figures over an entry of its own, both entries filled alike. The first starts right after
     * the fills, while the JIT compiler is still at work on what they and the pass itself run (about two fifths of the
     * machine's CPU on 2026-12-07); the second, after {@link #warmUp} on the first pass's entry and {@link #settle()},
     * shows what a reviewer meets on a server that has been running, over an entry that nothing but its fill touched.
     */
    private void measure(String id, Pass pass) {
        BenchmarkProgress.say("review figures, %s pass", pass.label());
        CompilerCpu compilerBefore = CompilerCpu.now();
        long startedAt = System.nanoTime();
        Api api = app.api().withoutWaiting();
        ListingBenchmark reads = new ListingBenchmark(api);
        String entry = "/api/entries/" + id;

        reads.medianMillis(entry, READ_WARMUP);
        figures.single(
                "entry_50kb_get_ms" + pass.suffix(),
                "plain GET of the same entry (50 KB body): the floor of a read",
                "ms",
                reads.medianMillis(entry, SAMPLES));
        HistoryQueries history = app.bean(HistoryQueries.class);
        int revision = REVISIONS / 2 + 20;
        String past = entry + "/revisions/" + revision;
        figures.single(
                "revision_270_get_ms" + pass.suffix(),
                "GET of its " + revision + "th revision in full (a checkpoint and "
                        + (revision - 1) % HistoryQueries.CHECKPOINT_EVERY + " patches, nothing kept)",
                "ms",
                millisEach(api, sample -> past, () -> history.forgetKeptContents(id)));

        IntFunction<String> pairs =
                sample -> entry + "/diff?from=" + (REVISIONS / 2 - 20 + sample) + "&to=" + (REVISIONS / 2 + sample);
        double json = millisEach(api, pairs, () -> history.forgetKeptContents(id));
        figures.withGoal(
                "diff_50kb_20_words_json_ms" + pass.suffix(),
                "diff of a 50 KB body, 20 words apart (JSON, nothing kept)",
                "ms",
                json,
                List.of(json),
                Goal.atMost(1.2, json));
        double html =
                millisEach(api, sample -> pairs.apply(sample) + "&format=html", () -> history.forgetKeptContents(id));
        figures.withGoal(
                "diff_50kb_20_words_html_ms" + pass.suffix(),
                "diff of a 50 KB body, 20 words apart (HTML, nothing kept)",
                "ms",
                html,
                List.of(html),
                Goal.atMost(1.2, html));
        history.forgetKeptContents(id);
        figures.single(
                "diff_50kb_20_words_json_next_pair_ms" + pass.suffix(),
                "the same, each pair one revision on from the last (JSON, contents read before kept)",
                "ms",
                millisEach(api, pairs, () -> {}));

        String listingPath = entry + "/revisions?page=0&size=" + REVISIONS;
        reads.medianMillis(listingPath, READ_WARMUP);
        double listing = reads.medianMillis(listingPath, SAMPLES);
        figures.withGoal(
                "history_500_revisions_ms" + pass.suffix(),
                "history listing of 500 revisions",
                "ms",
                listing,
                List.of(listing),
                Goal.atMost(8.5, listing));

        String middle = api.get(entry + "/revisions/" + (REVISIONS / 2))
                .json()
                .get("history")
                .get("timestamp")
                .asText();
        String asOf = entry + "?asOf=" + middle;
        figures.single(
                "entry_as_of_middle_of_500_ms" + pass.suffix(),
                "entry as of its 250th of 500 revisions (nothing kept)",
                "ms",
                millisEach(api, sample -> asOf, () -> history.forgetKeptContents(id)));

        undos(api, entry, REVISIONS / 2 - UNDO_SAMPLES - WRITE_WARMUP, false, pass);
        Api.Response lastUndo = undos(api, entry, REVISIONS / 2 - 3 * (UNDO_SAMPLES + WRITE_WARMUP), true, pass);

        Api.Response lastRollback = rollbacks(api, entry, lastUndo, false, pass);
        rollbacks(api, entry, lastRollback, true, pass);

        long cores = Runtime.getRuntime().availableProcessors();
        figures.single(
                "jit_share_review" + pass.suffix(),
                "the JIT compiler's share of the machine's CPU during the " + pass.label() + " pass",
                "x",
                (double) CompilerCpu.now().nanosSince(compilerBefore) / ((System.nanoTime() - startedAt) * cores));
    }

    /**
     * Waits, idle, until the JIT compiler used less than a twentieth of a core over the last second (at most two
     * minutes), so that what it had queued is compiled.
     */
    private void settle() {
        long start = System.nanoTime();
        CompilerCpu last = CompilerCpu.now();
        while (System.nanoTime() - start < Duration.ofMinutes(2).toNanos()) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the JIT compiler settles", e);
            }
            CompilerCpu now = CompilerCpu.now();
            boolean quiet = now.nanosSince(last) < Duration.ofMillis(50).toNanos();
            last = now;
            if (quiet) {
                break;
            }
        }
        figures.single(
                "jit_settle_s",
                "idle wait between the review passes until the JIT compiler was quiet",
                "s",
                (System.nanoTime() - start) / 1e9);
    }

    /** A pass of the review figures. */
    private enum Pass {
        FIRST,
        SETTLED;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The first pass keeps the names the figures had before there were passes. */
        String suffix() {
            return this == FIRST ? "" : "_" + label();
        }
    }

    /**
     * Undoes the revisions from {@code first} on, one after the other: back to back (each undo's projections then run
     * beside the next undo), or {@code idle}, each after the read models hold the last (what one reviewer's undo
     * costs; the wait is not timed). Answers the last undo.
     */
    private Api.Response undos(Api api, String entry, long first, boolean idle, Pass pass) {
        List<Double> undos = new ArrayList<>();
        Api.Response lastUndo = null;
        for (int sample = 0; sample < WRITE_WARMUP + UNDO_SAMPLES; sample++) {
            long revision = first + sample;
            if (idle && lastUndo != null) {
                awaitReadModels(lastUndo);
            }
            long start = System.nanoTime();
            Api.Response undone = api.post(entry + "/revisions/" + revision + "/undo", "reviewer", "");
            double millis = BenchmarkStats.millis(System.nanoTime() - start);
            expect(undone, "undo of revision " + revision);
            if (sample >= WRITE_WARMUP) {
                undos.add(millis);
            }
            lastUndo = undone;
        }
        double undo = BenchmarkStats.median(undos);
        figures.withGoal(
                (idle ? "undo_middle_of_500_idle_ms" : "undo_middle_of_500_ms") + pass.suffix(),
                idle
                        ? "undo of a middle revision among 500, each after the read models hold the last"
                        : "undo of a middle revision among 500, back to back",
                "ms",
                undo,
                undos,
                Goal.atMost(9.7, undo));
        return lastUndo;
    }

    private void awaitReadModels(Api.Response written) {
        String id = written.json().get("id").asText();
        long revision = written.json().get("revision").asLong();
        if (!app.bean(ReadModelCatchUp.class).await(id, revision, Duration.ofSeconds(30))) {
            throw new IllegalStateException("read models did not reach revision " + revision + " of " + id);
        }
    }

    /**
     * The median of {@link #SAMPLES} GETs after {@link #READ_WARMUP} unmeasured ones, the {@code k}th of {@code path(k)},
     * each after {@code before} (not timed): the app's in-memory revision contents are forgotten before a sample that
     * must read from the store.
     */
    private static double millisEach(Api api, IntFunction<String> path, Runnable before) {
        List<Double> millis = new ArrayList<>();
        for (int sample = 0; sample < READ_WARMUP + SAMPLES; sample++) {
            String asked = path.apply(sample);
            before.run();
            long start = System.nanoTime();
            Api.Response response = api.get(asked);
            double elapsed = BenchmarkStats.millis(System.nanoTime() - start);
            expect(response, "GET " + asked);
            if (sample >= READ_WARMUP) {
                millis.add(elapsed);
            }
        }
        return BenchmarkStats.median(millis);
    }

    /**
     * Each round: editor1 makes three one-word edits, then the reviewer rolls them back (only that is timed), at once
     * or, {@code idle}, once the read models hold the edits. Each round starts from the entry as the last write
     * answered it, not from a read model that may lag. Answers the last rollback.
     */
    private Api.Response rollbacks(Api api, String entry, Api.Response last, boolean idle, Pass pass) {
        List<Double> rollbacks = new ArrayList<>();
        Api.Response now = last;
        for (int round = 0; round < WRITE_WARMUP + UNDO_SAMPLES; round++) {
            Api.Response vandal = vandalised(api, entry, now, round);
            if (idle) {
                awaitReadModels(vandal);
            }
            long start = System.nanoTime();
            Api.Response rolledBack = api.post(entry + "/rollback", "reviewer", Api.json(Map.of("author", "editor1")));
            double millis = BenchmarkStats.millis(System.nanoTime() - start);
            expect(rolledBack, "rollback");
            if (round >= WRITE_WARMUP) {
                rollbacks.add(millis);
            }
            now = rolledBack;
        }
        double rollback = BenchmarkStats.median(rollbacks);
        figures.withGoal(
                (idle ? "rollback_3_edits_idle_ms" : "rollback_3_edits_ms") + pass.suffix(),
                idle
                        ? "rollback of 3 edits (50 KB body, 500+ revisions), once the read models hold them"
                        : "rollback of 3 edits (50 KB body, 500+ revisions), right after them",
                "ms",
                rollback,
                rollbacks,
                Goal.atMost(6.2, rollback));
        return now;
    }

    /** Three one-word edits by editor1 on the entry as {@code now} answered it; answers the last. */
    private static Api.Response vandalised(Api api, String entry, Api.Response now, int round) {
        Api.Response vandal = now;
        for (int edit = 1; edit <= 3; edit++) {
            String body = "vandal" + round + "x" + edit + " "
                    + vandal.json().get("body").asText();
            long revision = vandal.json().get("revision").asLong();
            vandal = expect(
                    api.put(
                            entry,
                            "editor1",
                            Api.json(Map.of("baseRevision", revision, "changes", Map.of("body", body)))),
                    "edit before rollback");
        }
        return vandal;
    }

    /** The entry, revised through the API until it has {@link #REVISIONS} revisions that the read models hold. */
    private String fill() {
        BenchmarkProgress.say("an entry with a 50 KB body and %d one-word revisions", REVISIONS);
        Api api = app.api();
        WordBody body = new WordBody(BODY_BYTES);
        Api.Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of(
                        "title", "Review benchmark", "timeline", "Benchmark", "date", "1950", "body", body.text())));
        if (created.status() != 201) {
            throw new IllegalStateException("create: " + created.text());
        }
        String id = created.json().get("id").asText();
        for (int revision = 2; revision <= REVISIONS; revision++) {
            body.edit(revision);
            Api.Response revised = api.put(
                    "/api/entries/" + id,
                    revision % 2 == 0 ? "editor1" : "editor2",
                    Api.json(Map.of("baseRevision", revision - 1, "changes", Map.of("body", body.text()))));
            expect(revised, "revision " + revision);
        }
        return id;
    }
}
