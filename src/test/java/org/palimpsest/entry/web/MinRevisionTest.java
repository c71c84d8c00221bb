package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;

/**
 * Writes answer from the command without waiting for the read models; a read that must show a revision asks for it
 * with {@code minRevision} and waits, bounded, for its read model.
 */
class MinRevisionTest extends AppPerClass {

    /** This test's client reads the read models as they stand right after a write. */
    private static Api noWait() {
        return api.withoutWaiting();
    }

    private static String create(String title) {
        Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of("title", title, "timeline", "Korean War", "date", "1950 Sep 15", "body", "First.")));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static Response revise(String id, long base, String body) {
        return noWait().put(
                        "/api/entries/" + id,
                        "editor2",
                        Api.json(Map.of("baseRevision", base, "changes", Map.of("body", body))));
    }

    @Test
    void aReadWithTheRevisionAWriteAnsweredShowsThatWrite() {
        String id = create("Battle of Inchon");
        for (long base = 1; base <= 5; base++) {
            Response revised = revise(id, base, "Edit " + base);
            assertThat(revised.status()).isEqualTo(200);
            long revision = revised.json().get("revision").asLong();
            assertThat(revised.json().get("body").asText()).isEqualTo("Edit " + base);

            Response article = noWait().get("/api/entries/" + id + "?minRevision=" + revision);
            assertThat(article.status()).isEqualTo(200);
            assertThat(article.json().get("revision").asLong()).isGreaterThanOrEqualTo(revision);
            assertThat(article.json().get("body").asText()).isEqualTo("Edit " + base);

            Response history = noWait().get("/api/entries/" + id + "/revisions?size=1&minRevision=" + revision);
            assertThat(history.json().get("totalElements").asLong()).isEqualTo(revision);
            assertThat(history.json().get("content").get(0).get("revision").asLong())
                    .isEqualTo(revision);

            Response past = noWait().get("/api/entries/" + id + "/revisions/" + revision + "?minRevision=" + revision);
            assertThat(past.status()).isEqualTo(200);
            assertThat(past.json().get("body").asText()).isEqualTo("Edit " + base);
        }
    }

    @Test
    void aWriteAnswersAtOnceWhileTheReadModelsStandStillAndAReadThatMustSeeItGets503WithRetryAfter() {
        String id = create("Battle of the Pusan Perimeter");
        EventProcessor articles = app.bean(EventProcessingConfiguration.class)
                .eventProcessorByProcessingGroup("articles")
                .orElseThrow();
        articles.shutDown();
        try {
            Response revised = revise(id, 1, "Written while the articles stand still.");
            assertThat(revised.status()).isEqualTo(200);
            assertThat(revised.etag()).isEqualTo("\"2\"");
            assertThat(revised.json().get("body").asText()).isEqualTo("Written while the articles stand still.");
            assertThat(revised.json().get("createdBy").asText()).isEqualTo("editor1");
            assertThat(revised.json().get("updatedBy").asText()).isEqualTo("editor2");

            assertThat(noWait().get("/api/entries/" + id).json().get("revision").asLong())
                    .isEqualTo(1);
            long start = System.nanoTime();
            Response behind = noWait().get("/api/entries/" + id + "?minRevision=2");
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(behind.status()).isEqualTo(503);
            assertThat(behind.isProblem()).isTrue();
            assertThat(behind.json().get("detail").asText())
                    .contains("revision 2")
                    .contains(id);
            assertThat(behind.text()).isNotNull();
            assertThat(waitedMs).isBetween(4_500L, 15_000L);
        } finally {
            articles.start();
        }
        assertThat(noWait().get("/api/entries/" + id + "?minRevision=2")
                        .json()
                        .get("revision")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void the503SaysWhenToTryAgain() throws Exception {
        String id = create("Battle of Chosin");
        EventProcessor history = app.bean(EventProcessingConfiguration.class)
                .eventProcessorByProcessingGroup("history")
                .orElseThrow();
        history.shutDown();
        try {
            assertThat(revise(id, 1, "Second.").status()).isEqualTo(200);
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                            api.base() + "/api/entries/" + id + "/revisions?minRevision=2"))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).contains("1");
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        } finally {
            history.start();
        }
    }

    @Test
    void aCatchUpWaitsForTheHistoryToHoldEveryRevisionStoredBeforeItWasAsked() throws Exception {
        String id = create("Battle of Bloody Ridge");
        assertThat(revise(id, 1, "Second.").status()).isEqualTo(200);
        EventProcessor history = app.bean(EventProcessingConfiguration.class)
                .eventProcessorByProcessingGroup("history")
                .orElseThrow();
        history.shutDown();
        java.util.concurrent.CompletableFuture<Response> catchUp;
        try {
            assertThat(revise(id, 2, "Third.").status()).isEqualTo(200);
            catchUp = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> noWait().get("/api/entries/" + id + "/revisions?since=1"));
            Thread.sleep(500);
            assertThat(catchUp).as("waits while the history lacks revision 3").isNotDone();
        } finally {
            history.start();
        }
        Response answer = catchUp.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("content").findValuesAsText("revision")).containsExactly("2", "3");
        assertThat(answer.json().get("totalElements").asLong()).isEqualTo(2);
    }

    @Test
    void aMinRevisionThatIsNoNumberOrBelowOneIsRefusedWith400() {
        String id = create("Battle of Hill 303");
        for (String bad : new String[] {"abc", "0", "-3", "1.5"}) {
            for (String path : new String[] {"", "/revisions", "/revisions/1"}) {
                Response answer = noWait().get("/api/entries/" + id + path + "?minRevision=" + bad);
                assertThat(answer.status()).as(path + " minRevision=" + bad).isEqualTo(400);
                assertThat(answer.isProblem()).isTrue();
                assertThat(answer.json().get("detail").asText()).contains("minRevision");
            }
        }
    }

    @Test
    void aMinRevisionAboveTheEntrysRevisionIsRefusedWith400AtOnce() {
        String id = create("Battle of Taejon");
        long start = System.nanoTime();
        Response answer = noWait().get("/api/entries/" + id + "?minRevision=7");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("detail").asText())
                .isEqualTo("minRevision: entry '" + id + "' has 1 revision, not 7");
        assertThat(noWait().get("/api/entries/" + id + "/revisions?minRevision=2")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aMinRevisionOfAnEntryThatDoesNotExistIs404() {
        Response answer = noWait().get("/api/entries/no-such-entry?minRevision=1");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.isProblem()).isTrue();
        assertThat(noWait().get("/api/entries/no-such-entry/revisions?minRevision=1")
                        .status())
                .isEqualTo(404);
    }
}
