package org.palimpsest.benchmark;

import java.time.Duration;
import java.util.List;
import org.palimpsest.support.Api;

/**
 * Rebuilds the article and history projections through the admin API and times the replay. The end is told by
 * the data, which does not depend on what the processors report: the entry written last shows its newest
 * revision in both projections and every article is back.
 */
final class ProjectionRebuildBenchmark {

    /** A reset of one read model rebuilds every read model of its processor: all of them, here. */
    private static final List<String> PROJECTIONS = List.of("articles");

    private static final Duration POLL = Duration.ofMillis(50);

    private final Api api;
    private final Duration timeout;

    ProjectionRebuildBenchmark(Api api, Duration timeout) {
        this.api = api;
        this.timeout = timeout;
    }

    /** @return seconds from the reset until the article and history read models hold everything again */
    double rebuild(String lastWrittenId, long lastRevision, long articles) throws InterruptedException {
        long start = System.nanoTime();
        for (String projection : PROJECTIONS) {
            Api.Response reset = api.post("/api/admin/projections/" + projection + "/reset", "admin", "");
            if (reset.status() != 202) {
                throw new IllegalStateException("reset of " + projection + ": " + reset.status() + " " + reset.text());
            }
        }
        long deadline = start + timeout.toNanos();
        while (!rebuilt(lastWrittenId, lastRevision, articles)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("projections not rebuilt within " + timeout);
            }
            Thread.sleep(POLL.toMillis());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private boolean rebuilt(String id, long revision, long articles) {
        Api.Response article = api.get("/api/entries/" + id);
        return article.status() == 200
                && article.json().get("revision").asLong() == revision
                && api.get("/api/entries/" + id + "/revisions?size=1")
                                .json()
                                .get("totalElements")
                                .asLong()
                        == revision
                && api.get("/api/entries?size=1").json().get("totalElements").asLong() == articles;
    }
}
