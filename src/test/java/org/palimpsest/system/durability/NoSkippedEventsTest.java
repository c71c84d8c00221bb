package org.palimpsest.system.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.support.Api;
import org.palimpsest.support.RunningApp;

/**
 * Eight writers for a minute (palimpsest.test.soak-seconds), with a restart of the app halfway: afterwards
 * every stored event shows in every projection, once, with the right content.
 */
class NoSkippedEventsTest {

    static final int WRITERS = 8;
    static final int ENTRIES = 16;
    static final Duration RUN = Duration.ofSeconds(Long.getLong("palimpsest.test.soak-seconds", 60));

    @TempDir
    Path dataDir;

    @Test
    void everyStoredEventReachesEveryProjectionAcrossARestart() throws Exception {
        AtomicReference<RunningApp> app = new AtomicReference<>(RunningApp.embedded(dataDir));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            var created = app.get()
                    .api()
                    .post(
                            "/api/entries",
                            "editor1",
                            Api.json(Map.of(
                                    "title",
                                    "Soak " + i,
                                    "timeline",
                                    "Soak",
                                    "date",
                                    (1900 + i) + "",
                                    "body",
                                    "start")));
            ids.add(created.json().get("id").asText());
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong acknowledged = new AtomicLong();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread thread = new Thread(() -> write(app, ids, writer, stop, acknowledged));
            thread.start();
            writers.add(thread);
        }
        Thread.sleep(RUN.toMillis() / 2);
        RunningApp first = app.getAndSet(null);
        first.close();
        app.set(RunningApp.embedded(dataDir));
        Thread.sleep(RUN.toMillis() / 2);
        stop.set(true);
        for (Thread writer : writers) {
            writer.join();
        }

        try (RunningApp last = app.get()) {
            assertThat(acknowledged.get()).isGreaterThan(WRITERS);
            for (String id : ids) {
                List<DomainEventMessage<?>> events = new ArrayList<>();
                last.bean(EventStore.class).readEvents(id, 0).forEachRemaining(events::add);
                awaitProjections(last.api(), id, events.size());
                checkEveryRevision(last.api(), id, events);
            }
        }
    }

    private static void write(
            AtomicReference<RunningApp> app,
            List<String> ids,
            int writer,
            AtomicBoolean stop,
            AtomicLong acknowledged) {
        int edit = 0;
        while (!stop.get()) {
            RunningApp current = app.get();
            if (current == null) {
                Thread.onSpinWait();
                continue;
            }
            String id = ids.get((writer + edit) % ids.size());
            try {
                JsonNode entry = current.api().get("/api/entries/" + id).json();
                var response = current.api()
                        .put(
                                "/api/entries/" + id,
                                "editor2",
                                Api.json(Map.of(
                                        "baseRevision", entry.get("revision").asLong(),
                                        "changes",
                                                Map.of("body", entry.get("body").asText() + " w" + writer + "e" + edit),
                                        "summary", "writer " + writer + " edit " + edit)));
                if (response.status() == 200) {
                    acknowledged.incrementAndGet();
                }
                edit++;
            } catch (RuntimeException restarting) {
                Thread.onSpinWait();
            }
        }
    }

    private static void awaitProjections(Api api, String id, long revision) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonNode article = api.get("/api/entries/" + id).json();
            JsonNode timeline = api.get("/api/timelines/Soak").json();
            long onTimeline = 0;
            for (JsonNode entry : timeline) {
                if (entry.get("id").asText().equals(id)) {
                    onTimeline = entry.get("revision").asLong();
                }
            }
            long history = api.get("/api/entries/" + id + "/revisions?size=1")
                    .json()
                    .get("totalElements")
                    .asLong();
            if (article.get("revision").asLong() == revision && history == revision && onTimeline == revision) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the projections of " + id + " did not reach revision " + revision);
    }

    private static void checkEveryRevision(Api api, String id, List<DomainEventMessage<?>> events) {
        JsonNode history =
                api.get("/api/entries/" + id + "/revisions?size=1000").json().get("content");
        assertThat(history).hasSize(events.size());
        EntryContent content = null;
        for (DomainEventMessage<?> event : events) {
            long revision = event.getSequenceNumber() + 1;
            JsonNode line = history.get(events.size() - (int) revision);
            assertThat(line.get("revision").asLong()).isEqualTo(revision);
            if (event.getPayload() instanceof EntryCreatedEvent created) {
                content = created.content();
            } else {
                EntryRevisedEvent revised = (EntryRevisedEvent) event.getPayload();
                content = revised.changes().applyTo(content);
                assertThat(line.get("summary").asText()).isEqualTo(revised.summary());
                assertThat(line.get("size").asInt()).isEqualTo(revised.size());
            }
        }
        assertThat(api.get("/api/entries/" + id).json().get("body").asText()).isEqualTo(content.body());
        assertThat(api.get("/api/entries/" + id + "/revisions/" + events.size())
                        .json()
                        .get("body")
                        .asText())
                .isEqualTo(content.body());
    }
}
