package org.palimpsest.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;

/**
 * A floor under what a revise can cost: an editor reading one entry through the same HTTP, security and JSON
 * stack, from as many threads as the revise load. A revise does all of that and more (a command, an append
 * with its commit, three projections), so its CPU time is at least this read's plus one raw insert's.
 */
final class AuthenticatedReadBenchmark {

    private final Api api;
    private final List<String> ids;
    private final int threads;

    AuthenticatedReadBenchmark(Api api, List<String> ids, int threads) {
        this.api = api;
        this.ids = List.copyOf(ids);
        this.threads = threads;
    }

    BenchmarkLoad.Result run(Duration duration) {
        BenchmarkLoad.Result result = BenchmarkLoad.run(threads, duration, thread -> {
            String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
            Response response = api.getAs(thread % 2 == 0 ? "editor1" : "editor2", "/api/entries/" + id);
            if (response.status() != 200) {
                throw new IllegalStateException("reading " + id + " answered " + response.status());
            }
            return true;
        });
        BenchmarkProgress.say("authenticated reads: %d in %.1f s", result.succeeded(), result.seconds());
        return result;
    }
}
