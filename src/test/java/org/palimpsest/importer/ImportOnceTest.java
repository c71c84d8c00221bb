package org.palimpsest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.store.EmbeddedMongoServer;
import org.palimpsest.support.Api;
import org.palimpsest.support.RunningApp;

/** A page is imported once for the life of the store, whatever editors later do to its entry. */
class ImportOnceTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path seeds;

    static final String RANGE = """
            Korean War

            Battle of the Imjin River
            1951 Apr 22 - 1951 Apr 25

            Battle of the Imjin River

            Imjin River, Korea

            The 29th Brigade held the river line.

            Last Updated: Mon Jan 02 2023
            """;

    @Test
    void aSeedRenamedRedatedAndMovedToAnotherTimelineIsNotImportedAgainOnRestart() throws Exception {
        Files.copy(SeedPages.STALIN_AND_MAO, seeds.resolve("1.txt"));
        try (RunningApp app = RunningApp.embedded(dataDir, "--palimpsest.seeds-dir=" + seeds)) {
            Api.Response edited = app.api().put("/api/entries/stalin-and-mao", "editor1", """
                    {"baseRevision": 1, "changes": {"title": "Stalin meets Mao", "date": "1949 Dec 16",
                     "timeline": "Cold War"}, "summary": "renamed, re-dated, moved"}""");
            assertThat(edited.status()).isEqualTo(200);
        }
        try (RunningApp app = RunningApp.embedded(dataDir, "--palimpsest.seeds-dir=" + seeds)) {
            assertThat(app.api().get("/api/entries").json().get("totalElements").asLong())
                    .isEqualTo(1);
            assertThat(app.api()
                            .get("/api/entries/stalin-and-mao")
                            .json()
                            .get("title")
                            .asText())
                    .isEqualTo("Stalin meets Mao");
            assertThat(app.api().get("/api/entries/stalin-and-mao-2").status()).isEqualTo(404);
        }
    }

    @Test
    void importsOfOnePageAtOnceGiveOneEntryAndTheSameAnswer() throws Exception {
        try (RunningApp app = RunningApp.embedded(dataDir)) {
            Api api = app.api();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<Api.Response>> answers = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    Callable<Api.Response> importing = () ->
                            api.post("/api/imports", "editor1", "text/plain", RANGE.getBytes(StandardCharsets.UTF_8));
                    answers.add(pool.submit(importing));
                }
                int created = 0;
                for (Future<Api.Response> answer : answers) {
                    Api.Response response = answer.get();
                    assertThat(response.json().get("id").asText()).isEqualTo("battle-of-the-imjin-river");
                    created += response.status() == 201 ? 1 : 0;
                    assertThat(response.status()).isIn(200, 201);
                }
                assertThat(created).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
            assertThat(api.get("/api/entries").json().get("totalElements").asLong())
                    .isEqualTo(1);
        }
    }

    @Test
    void aPageImportedAgainOnPurposeBecomesANewEntryAndTheFirstStaysThePagesImport() {
        try (RunningApp app = RunningApp.embedded(dataDir)) {
            Api api = app.api();
            byte[] page = RANGE.getBytes(StandardCharsets.UTF_8);
            assertThat(api.post("/api/imports", "editor1", "text/plain", page).status())
                    .isEqualTo(201);

            Api.Response again = api.post("/api/imports?again=true", "editor1", "text/plain", page);
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.json().get("id").asText()).isEqualTo("battle-of-the-imjin-river-2");

            Api.Response plain = api.post("/api/imports", "editor1", "text/plain", page);
            assertThat(plain.status()).isEqualTo(200);
            assertThat(plain.json().get("id").asText()).isEqualTo("battle-of-the-imjin-river");
        }
    }

    @Test
    void anImportStoredBeforeImportKeysExistedIsStillRecognisedThroughTheUpcaster() throws Exception {
        byte[] page = RANGE.getBytes(StandardCharsets.UTF_8);
        try (RunningApp app = RunningApp.embedded(dataDir)) {
            assertThat(app.api()
                            .post("/api/imports", "editor1", "text/plain", page)
                            .status())
                    .isEqualTo(201);
        }
        try (EmbeddedMongoServer server =
                        EmbeddedMongoServer.start(dataDir.resolve("palimpsest.mv"), "127.0.0.1", 0, Set.of());
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("palimpsest").getCollection("domainevents");
            Bson created = Filters.and(
                    Filters.eq("aggregateIdentifier", "battle-of-the-imjin-river"), Filters.eq("sequenceNumber", 0));
            ObjectNode payload = (ObjectNode)
                    new ObjectMapper().readTree(events.find(created).first().getString("serializedPayload"));
            assertThat(payload.has("importKey")).isTrue();
            payload.remove("importKey");
            events.updateOne(
                    created,
                    Updates.combine(
                            Updates.set("serializedPayload", payload.toString()),
                            Updates.set("payloadRevision", null)));
        }
        try (RunningApp app = RunningApp.embedded(dataDir)) {
            Api.Response again = app.api().post("/api/imports", "editor1", "text/plain", page);
            assertThat(again.status()).as(again.text()).isEqualTo(200);
            assertThat(again.json().get("id").asText()).isEqualTo("battle-of-the-imjin-river");
            assertThat(app.api().get("/api/entries").json().get("totalElements").asLong())
                    .isEqualTo(1);
        }
    }

    @Test
    void anEntryWrittenByHandWithThePagesTitleIsNotMistakenForItsImport() {
        try (RunningApp app = RunningApp.embedded(dataDir)) {
            Api api = app.api();
            assertThat(api.post("/api/entries", "editor1", """
                    {"title": "Battle of the Imjin River", "timeline": "Korean War", "date": "1951 Apr 22",
                     "body": "Written here."}""").status()).isEqualTo(201);

            Api.Response imported =
                    api.post("/api/imports", "editor1", "text/plain", RANGE.getBytes(StandardCharsets.UTF_8));
            assertThat(imported.status()).isEqualTo(201);
            assertThat(imported.json().get("id").asText()).isEqualTo("battle-of-the-imjin-river-2");
        }
    }
}
