package org.palimpsest.system.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.support.Api;
import org.palimpsest.support.AppProcess;
import org.palimpsest.support.RunningApp;

/** Every revise answered 2xx survives a SIGKILL of the app at an arbitrary moment under load. */
class KillDuringWritesTest {

    static final int ENTRIES = 4;
    static final int WRITERS = 6;

    @TempDir
    Path dataDir;

    @TempDir
    Path logs;

    record Acknowledged(String id, long revision, String body) {}

    @Test
    void everyAcknowledgedRevisionSurvivesAKill() throws Exception {
        AppProcess app = AppProcess.start(dataDir, logs.resolve("app.log"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            var created = app.api()
                    .post(
                            "/api/entries",
                            "editor1",
                            Api.json(Map.of(
                                    "title",
                                    "Durable " + i,
                                    "timeline",
                                    "Durability",
                                    "date",
                                    "1950",
                                    "body",
                                    "start")));
            assertThat(created.status()).isEqualTo(201);
            ids.add(created.json().get("id").asText());
        }
        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread thread = new Thread(() -> write(app.api(), ids.get(writer % ENTRIES), writer, acknowledged, killed));
            thread.start();
            writers.add(thread);
        }
        Instant until = Instant.now().plus(Duration.ofSeconds(4));
        Instant giveUp = until.plus(Duration.ofSeconds(60));
        while ((Instant.now().isBefore(until) || acknowledged.size() < 20)
                && Instant.now().isBefore(giveUp)) {
            Thread.sleep(50);
        }
        killed.set(true);
        app.kill();
        for (Thread writer : writers) {
            writer.join();
        }

        try (RunningApp restarted = RunningApp.embedded(dataDir)) {
            Api api = restarted.api();
            for (String id : ids) {
                awaitProjectionsAt(api, id, storedRevisions(restarted, id));
            }
            for (Acknowledged ack : acknowledged) {
                JsonNode revision = api.get("/api/entries/" + ack.id() + "/revisions/" + ack.revision())
                        .json();
                assertThat(revision.path("body").asText()).as("%s", ack).isEqualTo(ack.body());
                assertThat(api.get("/api/entries/" + ack.id())
                                .json()
                                .get("revision")
                                .asLong())
                        .isGreaterThanOrEqualTo(ack.revision());
            }
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(20);
        }
    }

    private static void write(
            Api api, String id, int writer, ConcurrentLinkedQueue<Acknowledged> acknowledged, AtomicBoolean killed) {
        int edit = 0;
        while (!killed.get()) {
            try {
                // writes do not wait for the read models: the entry is there once its article holds revision 1
                JsonNode current =
                        api.get("/api/entries/" + id + "?minRevision=1").json();
                String body = current.get("body").asText() + "\nwriter " + writer + " edit " + edit;
                var response = api.put(
                        "/api/entries/" + id,
                        "editor1",
                        Api.json(Map.of(
                                "baseRevision", current.get("revision").asLong(), "changes", Map.of("body", body))));
                if (response.status() == 200) {
                    acknowledged.add(
                            new Acknowledged(id, response.json().get("revision").asLong(), body));
                    edit++;
                }
            } catch (RuntimeException connectionLost) {
                return;
            }
        }
    }

    private static long storedRevisions(RunningApp app, String id) {
        long count = 0;
        for (var events = app.bean(EventStore.class).readEvents(id, 0); events.hasNext(); events.next()) {
            count++;
        }
        return count;
    }

    /** After the restart the tracking projections catch up from their tokens with the event store. */
    private static void awaitProjectionsAt(Api api, String id, long revision) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            long article = api.get("/api/entries/" + id).json().get("revision").asLong();
            long history = api.get("/api/entries/" + id + "/revisions?size=1")
                    .json()
                    .get("totalElements")
                    .asLong();
            if (article == revision && history == revision) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("projections of " + id + " did not reach revision " + revision + " after restart");
    }
}
