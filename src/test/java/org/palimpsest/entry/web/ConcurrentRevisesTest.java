package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.RunningApp;

/**
 * Eight editors revise one entry at once, each retrying on 409 with a fresh base. Their appends at one place conflict
 * when stale, but a stale base whose revisions since left the end alone merges (200 with merged true): whatever the
 * split, every acknowledged revision is there once, without gaps, and every line in the body.
 */
class ConcurrentRevisesTest {

    static final int THREADS = 8;
    static final int REVISES_EACH = 50;

    @TempDir
    Path dataDir;

    @Test
    void concurrentRevisesEndWithEveryRevisionOnceAndNoGaps() throws Exception {
        try (RunningApp app = RunningApp.embedded(dataDir)) {
            Api api = app.api();
            assertThat(api.post(
                                    "/api/entries",
                                    "editor1",
                                    Api.json(Map.of(
                                            "title",
                                            "Contested",
                                            "timeline",
                                            "Korean War",
                                            "date",
                                            "1950",
                                            "body",
                                            "start")))
                            .status())
                    .isEqualTo(201);
            ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> editors = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int editor = t;
                editors.add(pool.submit(() -> revise(api, editor, acknowledged)));
            }
            for (Future<?> editor : editors) {
                editor.get();
            }
            pool.shutdown();

            long last = 1 + THREADS * REVISES_EACH;
            assertThat(acknowledged).hasSize(THREADS * REVISES_EACH).doesNotHaveDuplicates();
            assertThat(acknowledged)
                    .containsExactlyInAnyOrderElementsOf(
                            LongStream.rangeClosed(2, last).boxed().toList());
            JsonNode history =
                    api.get("/api/entries/contested/revisions?size=1000").json();
            assertThat(history.get("totalElements").asLong()).isEqualTo(last);
            assertThat(history.get("content").findValuesAsText("revision"))
                    .containsExactlyElementsOf(LongStream.iterate(last, r -> r >= 1, r -> r - 1)
                            .mapToObj(Long::toString)
                            .toList());

            String body = api.get("/api/entries/contested").json().get("body").asText();
            assertThat(body).isEqualTo(replayedBody(app.bean(EventStore.class)));
            assertThat(api.get("/api/entries/contested/revisions/" + last)
                            .json()
                            .get("body")
                            .asText())
                    .isEqualTo(body);
            for (int t = 0; t < THREADS; t++) {
                for (int i = 0; i < REVISES_EACH; i++) {
                    assertThat(body).contains("\neditor " + t + " line " + i + "\n");
                }
            }
        }
    }

    private static void revise(Api api, int editor, ConcurrentLinkedQueue<Long> acknowledged) {
        String user = editor % 2 == 0 ? "editor1" : "editor2";
        for (int i = 0; i < REVISES_EACH; i++) {
            while (true) {
                JsonNode current = api.get("/api/entries/contested").json();
                String body = current.get("body").asText() + "\neditor " + editor + " line " + i + "\n";
                Response response = api.put(
                        "/api/entries/contested",
                        user,
                        Api.json(Map.of(
                                "baseRevision",
                                current.get("revision").asLong(),
                                "changes",
                                Map.of("body", body),
                                "summary",
                                "editor " + editor + " edit " + i)));
                if (response.status() == 200) {
                    acknowledged.add(response.json().get("revision").asLong());
                    break;
                }
                assertThat(response.status()).as(response.text()).isEqualTo(409);
            }
        }
    }

    private static String replayedBody(EventStore events) {
        EntryContent content = null;
        for (var iterator = events.readEvents("contested", 0); iterator.hasNext(); ) {
            Object payload = iterator.next().getPayload();
            if (payload instanceof EntryCreatedEvent created) {
                content = created.content();
            } else if (payload instanceof EntryRevisedEvent revised) {
                content = revised.changes().applyTo(content);
            }
        }
        return content.body();
    }
}
