package org.palimpsest.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;

/**
 * Editors revising entries through the REST API: each thread picks an entry at random, bases its edit on
 * the newest revision any thread has seen, and on 409 takes the current revision from the problem and
 * moves on. Only 2xx answers count; their latency is the request's, as a client sees it: a write answers from the
 * command and does not wait for the read models, so the {@link Api} given should not wait either
 * ({@link Api#withoutWaiting()}). Where the read models' work must count, a round ends once they hold its revises.
 */
final class RestReviseBenchmark {

    /** Told of every counted revise by its load thread, once the answer is in. */
    @FunctionalInterface
    interface Answered {
        void revised(String id, long revision, long answeredNanos);
    }

    private static final Answered NOBODY = (id, revision, answeredNanos) -> {};

    private final Api api;
    private final BenchmarkEntries entries;
    private final List<String> ids;
    private final int threads;

    RestReviseBenchmark(Api api, BenchmarkEntries entries, List<String> ids, int threads) {
        this.api = api;
        this.entries = entries;
        this.ids = List.copyOf(ids);
        this.threads = threads;
    }

    BenchmarkLoad.Result run(Duration duration) {
        return run(duration, NOBODY);
    }

    BenchmarkLoad.Result run(Duration duration, Answered answered) {
        return run(duration, answered, () -> {});
    }

    /** A round whose time and CPU run until {@code drain} is over (the read models hold what it revised). */
    BenchmarkLoad.Result run(Duration duration, BenchmarkLoad.Drain drain) {
        return run(duration, NOBODY, drain);
    }

    private BenchmarkLoad.Result run(Duration duration, Answered answered, BenchmarkLoad.Drain drain) {
        BenchmarkLoad.Result result =
                BenchmarkLoad.run(threads, duration, thread -> reviseOnce(thread, answered), drain);
        BenchmarkProgress.say(
                "REST revises: %d ok, %d refused or retried in %.1f s",
                result.succeeded(), result.failed(), result.seconds());
        return result;
    }

    private boolean reviseOnce(int thread, Answered answered) {
        String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
        long base = entries.revision(id);
        Response response = api.put(
                "/api/entries/" + id,
                thread % 2 == 0 ? "editor1" : "editor2",
                Api.json(Map.of("baseRevision", base, "changes", Map.of("body", BenchmarkEntries.body(id, base + 1)))));
        long answeredNanos = System.nanoTime();
        if (response.status() / 100 == 2) {
            long revision = response.json().get("revision").asLong();
            entries.advanced(id, revision);
            answered.revised(id, revision, answeredNanos);
            return true;
        }
        if (response.status() == 409 || response.status() == 422) {
            // another editor got there first; a merging stale-edit policy may turn that into "nothing changed"
            JsonNode current = response.json().get("currentRevision");
            entries.advanced(id, current != null ? current.asLong() : currentRevision(id));
            return false;
        }
        throw new IllegalStateException(
                "revise of " + id + " on " + base + " answered " + response.status() + ": " + response.text());
    }

    private long currentRevision(String id) {
        return api.get("/api/entries/" + id).json().get("revision").asLong();
    }
}
