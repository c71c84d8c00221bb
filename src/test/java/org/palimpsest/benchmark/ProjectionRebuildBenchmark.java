package org.palimpsest.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.palimpsest.support.Api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Rebuilds the article and history projections through the admin API and times the replay. "Not replaying"
 * alone is no proof of the end (a processor reports it before its replay has started too), so the replay
 * also has to show the newest revision of the entry written last, in both projections, and every article.
 */
final class ProjectionRebuildBenchmark {

    private static final List<String> PROJECTIONS = List.of("articles", "history");
    private static final Duration POLL = Duration.ofMillis(50);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api api;
    private final Duration timeout;

    ProjectionRebuildBenchmark(Api api, Duration timeout) {
        this.api = api;
        this.timeout = timeout;
    }

    /** @return seconds from the first reset until both projections hold everything again */
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
        for (JsonNode status : adminGet("/api/admin/projections")) {
            if (PROJECTIONS.contains(status.get("name").asText()) && status.get("replaying").asBoolean()) {
                return false;
            }
        }
        Api.Response article = api.get("/api/entries/" + id);
        return article.status() == 200 && article.json().get("revision").asLong() == revision
                && api.get("/api/entries/" + id + "/revisions?size=1").json().get("totalElements").asLong() == revision
                && api.get("/api/entries?size=1").json().get("totalElements").asLong() == articles;
    }

    /** {@link Api#get} sends no credentials, and the projection status is for admins only. */
    private JsonNode adminGet(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
