package org.palimpsest.system.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.support.Api;
import org.palimpsest.support.RunningApp;
import org.palimpsest.system.projection.ReadModel;

/**
 * What the product needs of a MongoDB, checked the same way on the embedded server and on a real one:
 * the event store, snapshots, tracking tokens, projections, their rebuild, and a restart.
 */
abstract class MongoStoreContract {

    private static final AtomicInteger ENTRIES = new AtomicInteger();

    /** A fresh app over this store; a second call after closing the first sees the same data. */
    abstract RunningApp start(String... args);

    private static String createEntry(Api api, String body) {
        String title = "Contract entry " + ENTRIES.incrementAndGet();
        var created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of("title", title, "timeline", "Contract", "date", "1950 Jun 25", "body", body)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static void revise(Api api, String id, long base, String body) {
        var revised = api.put(
                "/api/entries/" + id,
                "editor2",
                Api.json(Map.of("baseRevision", base, "changes", Map.of("body", body))));
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
    }

    @Test
    void eventsOfAnEntryComeBackInOrderWithTheirPayloads() {
        try (RunningApp app = start()) {
            String id = createEntry(app.api(), "v1");
            for (int base = 1; base <= 5; base++) {
                revise(app.api(), id, base, "v" + (base + 1));
            }

            List<DomainEventMessage<?>> events = new ArrayList<>();
            app.bean(EventStore.class).readEvents(id, 0).forEachRemaining(events::add);

            assertThat(events)
                    .extracting(DomainEventMessage::getSequenceNumber)
                    .containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
            assertThat(events.get(0).getPayload()).isInstanceOf(EntryCreatedEvent.class);
            assertThat(events.subList(1, 6))
                    .allSatisfy(event -> assertThat(event.getPayload()).isInstanceOf(EntryRevisedEvent.class));
            assertThat(((EntryRevisedEvent) events.get(5).getPayload()).revision())
                    .isEqualTo(6);
        }
    }

    @Test
    void aSecondEventAtTheSameSequenceIsRejected() {
        try (RunningApp app = start()) {
            String id = createEntry(app.api(), "v1");
            revise(app.api(), id, 1, "v2");
            DomainEventMessage<String> duplicate = new GenericDomainEventMessage<>("Entry", id, 1, "duplicate");

            assertThatThrownBy(() -> app.bean(EventStorageEngine.class).appendEvents(duplicate))
                    .isInstanceOf(ConcurrencyException.class);
        }
    }

    @Test
    void anEntryLoadsFromItsSnapshotAfterARestart() {
        String id;
        try (RunningApp app = start("--palimpsest.snapshot-threshold=5")) {
            id = createEntry(app.api(), "v1");
            for (int base = 1; base <= 12; base++) {
                revise(app.api(), id, base, "v" + (base + 1));
            }
            assertThat(app.bean(EventStorageEngine.class).readSnapshot(id)).isPresent();
        }
        try (RunningApp app = start("--palimpsest.snapshot-threshold=5")) {
            var next = app.api()
                    .put(
                            "/api/entries/" + id,
                            "editor1",
                            Api.json(Map.of("baseRevision", 13, "changes", Map.of("title", "After restart"))));
            assertThat(next.status()).as(next.text()).isEqualTo(200);
            assertThat(next.json().get("revision").asLong()).isEqualTo(14);
            assertThat(next.json().get("body").asText()).isEqualTo("v13");
        }
    }

    @Test
    void projectionsResumeFromTheirTokensAfterARestart() {
        String id;
        try (RunningApp app = start()) {
            id = createEntry(app.api(), "v1");
            revise(app.api(), id, 1, "v2");
        }
        try (RunningApp app = start()) {
            MongoDatabase database = app.bean(MongoDatabase.class);
            assertThat(database.getCollection("trackingtokens")
                            .countDocuments(new Document(
                                    "processorName",
                                    app.bean(EventProcessingConfiguration.class)
                                            .eventProcessorByProcessingGroup("articles")
                                            .orElseThrow()
                                            .getName())))
                    .isEqualTo(1);
            revise(app.api(), id, 2, "v3");
            JsonNode history =
                    app.api().get("/api/entries/" + id + "/revisions").json();
            assertThat(history.get("content").findValuesAsText("revision")).containsExactly("3", "2", "1");
        }
    }

    @Test
    void projectionsShowEveryRevision() {
        try (RunningApp app = start()) {
            String id = createEntry(app.api(), "alpha");
            revise(app.api(), id, 1, "alpha beta");

            JsonNode article = app.api().get("/api/entries/" + id).json();
            assertThat(article.get("revision").asLong()).isEqualTo(2);
            assertThat(article.get("body").asText()).isEqualTo("alpha beta");
            assertThat(app.api()
                            .get("/api/entries/" + id + "/revisions/1")
                            .json()
                            .get("body")
                            .asText())
                    .isEqualTo("alpha");
            assertThat(app.api().get("/api/timelines/Contract").json().findValuesAsText("id"))
                    .contains(id);
        }
    }

    @Test
    void aResetRebuildsEveryProjectionFromTheEventStore() throws InterruptedException {
        try (RunningApp app = start()) {
            Api api = app.api();
            String id = createEntry(api, "one");
            for (int base = 1; base <= 60; base++) {
                revise(api, id, base, "one " + base);
            }
            JsonNode article = api.get("/api/entries/" + id).json();
            JsonNode history =
                    api.get("/api/entries/" + id + "/revisions?size=1000").json();
            JsonNode past = api.get("/api/entries/" + id + "/revisions/55").json();
            JsonNode timeline = api.get("/api/timelines/Contract").json();
            MongoDatabase database = app.bean(MongoDatabase.class);
            database.getCollection("articles")
                    .updateOne(
                            new Document("_id", id), new Document("$set", new Document("content.body", "vandalised")));
            database.getCollection("revisions").deleteOne(new Document("_id", id + "#55"));
            database.getCollection("timeline_entries")
                    .updateOne(new Document("_id", id), new Document("$set", new Document("title", "vandalised")));
            assertThat(api.get("/api/entries/" + id).json()).isNotEqualTo(article);

            for (String projection :
                    app.beans(ReadModel.class).stream().map(ReadModel::name).toList()) {
                var reset = api.post(
                        "/api/admin/projections/" + projection + "/reset", "admin", "application/json", new byte[0]);
                assertThat(reset.status()).as(reset.text()).isEqualTo(202);
            }

            awaitEqual(() -> api.get("/api/entries/" + id).json(), article);
            awaitEqual(
                    () -> api.get("/api/entries/" + id + "/revisions?size=1000").json(), history);
            awaitEqual(() -> api.get("/api/entries/" + id + "/revisions/55").json(), past);
            awaitEqual(() -> api.get("/api/timelines/Contract").json(), timeline);
        }
    }

    /** A rebuild replays in the background: the rebuilt read model must come to equal the one before. */
    private static void awaitEqual(Supplier<JsonNode> read, JsonNode expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode actual = read.get();
        while (!actual.equals(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            actual = read.get();
        }
        assertThat(actual).isEqualTo(expected);
    }
}
