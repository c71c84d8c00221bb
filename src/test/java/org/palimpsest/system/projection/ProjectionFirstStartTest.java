package org.palimpsest.system.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.store.EmbeddedMongoServer;
import org.palimpsest.support.Api;
import org.palimpsest.support.RunningApp;

/**
 * Projections that meet a store with events but without their tokens (a projection new to an old store, or
 * tokens and read models dropped by an operator) build themselves from the first event, and read with plain
 * tokens rather than Axon's default replay token (slow with axon-mongo's tokens; see {@link ProjectionRebuild}).
 */
class ProjectionFirstStartTest {

    @TempDir
    Path dataDir;

    @Test
    void projectionsWithoutTokensBuildFromTheFirstEventWithPlainTokens() {
        List<ReadModel> readModels;
        try (RunningApp app = RunningApp.embedded(dataDir)) {
            readModels = app.beans(ReadModel.class);
            Api api = app.api();
            assertThat(api.post(
                                    "/api/entries",
                                    "editor1",
                                    Api.json(Map.of(
                                            "title",
                                            "First Start",
                                            "timeline",
                                            "Korean War",
                                            "date",
                                            "1950 Jun 25",
                                            "body",
                                            "revision 1")))
                            .status())
                    .isEqualTo(201);
            for (int revision = 2; revision <= 6; revision++) {
                assertThat(api.put(
                                        "/api/entries/first-start",
                                        "editor2",
                                        Api.json(Map.of(
                                                "baseRevision",
                                                revision - 1,
                                                "changes",
                                                Map.of("body", "revision " + revision))))
                                .status())
                        .isEqualTo(200);
            }
        }
        Path store = dataDir.resolve("palimpsest.mv");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(store, "127.0.0.1", 0, Set.of());
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("palimpsest");
            database.getCollection("trackingtokens").drop();
            readModels.forEach(model -> model.collections()
                    .forEach(name -> database.getCollection(name).drop()));
        }

        try (RunningApp app = RunningApp.embedded(dataDir)) {
            Api api = app.api();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(api.get("/api/entries/first-start")
                                .json()
                                .path("body")
                                .asText())
                        .isEqualTo("revision 6");
                assertThat(api.get("/api/entries/first-start/revisions?size=1")
                                .json()
                                .path("totalElements")
                                .asLong())
                        .isEqualTo(6);
                assertThat(api.get("/api/timelines/Korean%20War").json().toString())
                        .contains("First Start");
            });
            MongoDatabase database = app.bean(MongoDatabase.class);
            // the entry push subscribes instead of tracking: it keeps no token
            for (String projection : app.bean(EventProcessingConfiguration.class).eventProcessors().entrySet().stream()
                    .filter(processor -> processor.getValue() instanceof StreamingEventProcessor)
                    .map(Map.Entry::getKey)
                    .toList()) {
                Document token = database.getCollection("trackingtokens")
                        .find(new Document("processorName", projection))
                        .first();
                assertThat(token).as("token of %s", projection).isNotNull();
                assertThat(String.valueOf(token.get("tokenType")))
                        .as("token of %s", projection)
                        .doesNotContain("ReplayToken");
            }
        }
    }
}
