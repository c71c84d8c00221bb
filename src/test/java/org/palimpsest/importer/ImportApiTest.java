package org.palimpsest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.RunningApp;

class ImportApiTest {

    @TempDir
    static Path dataDir;

    static RunningApp app;
    static Api api;

    static final String OSAN = """
            Korean War

            Battle of Osan
            Task Force Smith on the road north of Osan. ©US Army
            1950 Jul 5

            Battle of Osan

            Osan, South Korea

            Task Force Smith met the KPA’s 4th Division — 「初戦」 😀.

            It fell back.

            Last Updated: Mon Jan 02 2023

            HistoryMaps Shop
            """;

    @BeforeAll
    static void start() {
        app = RunningApp.embedded(dataDir, "--palimpsest.seeds-dir=seeds");
        api = app.api();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Response importPage(String text) {
        return api.post("/api/imports", "editor1", "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSeedEntryIsThereWithEveryFieldRight() {
        JsonNode seed = api.get("/api/entries/stalin-and-mao").json();

        assertThat(seed.get("timeline").asText()).isEqualTo("Korean War");
        assertThat(seed.get("title").asText()).isEqualTo("Stalin and Mao");
        assertThat(seed.get("date").get("display").asText()).isEqualTo("1950 Apr 1");
        assertThat(seed.get("location").get("name").asText()).isEqualTo("Moscow, Russia");
        assertThat(seed.get("image").get("caption").asText())
                .startsWith("Andrei Gromyko")
                .endsWith("visit to Moscow.");
        assertThat(seed.get("image").get("attribution").asText())
                .isEqualTo("©Image Attribution forthcoming. Image belongs to the respective owner(s).");
        assertThat(seed.get("body").asText())
                .startsWith("By 1949, South Korean")
                .endsWith("preparations for war accelerated.")
                .doesNotContain("HistoryMaps Shop");
        assertThat(seed.get("body").asText().split("\n\n")).hasSize(3);
        assertThat(seed.get("sourceUpdated").asText()).isEqualTo("2023-01-02");
        JsonNode history =
                api.get("/api/entries/stalin-and-mao/revisions").json().get("content");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("kind").asText()).isEqualTo("IMPORT");
        assertThat(history.get(0).get("author").asText()).isEqualTo("importer");
    }

    @Test
    void importingAPageCreatesAnEntryAsRevisionOneByTheCallingUser() {
        Response created = importPage(OSAN);

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("id").asText()).isEqualTo("battle-of-osan");
        assertThat(created.location()).isEqualTo("/api/entries/battle-of-osan");
        JsonNode entry = api.get("/api/entries/battle-of-osan").json();
        assertThat(entry.get("body").asText())
                .isEqualTo("Task Force Smith met the KPA’s 4th Division — 「初戦」 😀.\n\nIt fell back.");
        assertThat(entry.get("image").get("attribution").asText()).isEqualTo("©US Army");
        JsonNode revision = api.get("/api/entries/battle-of-osan/revisions")
                .json()
                .get("content")
                .get(0);
        assertThat(revision.get("kind").asText()).isEqualTo("IMPORT");
        assertThat(revision.get("author").asText()).isEqualTo("editor1");
    }

    @Test
    void importingTheSamePageAgainAnswers200WithTheIdAndRecordsNothing() {
        String page = OSAN.replace("Battle of Osan", "Battle of Taejon");
        String id = importPage(page).json().get("id").asText();

        Response again = importPage(page);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asText()).isEqualTo(id);
        assertThat(api.get("/api/entries/" + id + "/revisions")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void anExportedPageImportsBackToTheSameFields() {
        Response exported = api.get("/api/entries/stalin-and-mao", "text/plain");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("text/plain");
        String renamed = exported.text().replace("Korean War", "Korean War (copy)");

        Response imported = importPage(renamed);

        JsonNode original = api.get("/api/entries/stalin-and-mao").json();
        JsonNode copy =
                api.get("/api/entries/" + imported.json().get("id").asText()).json();
        for (String field : new String[] {"title", "date", "location", "image", "body", "sources", "sourceUpdated"}) {
            assertThat(copy.get(field)).as(field).isEqualTo(original.get(field));
        }
        assertThat(copy.get("timeline").asText()).isEqualTo("Korean War (copy)");
    }

    @Test
    void aPageThatCannotBeParsedIs422NamingTheLine() {
        Response refused = importPage(OSAN.replace("1950 Jul 5", "1950 Feb 30").replace("Osan", "Nowhere"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("line").asInt()).isEqualTo(5);
        assertThat(refused.json().get("detail").asText()).contains("line 5").contains("1950 Feb 30");
        assertThat(api.get("/api/entries/battle-of-nowhere").status()).isEqualTo(404);
    }

    @Test
    void aOneLinePageIs422NamingLineOne() {
        long before = api.get("/api/entries").json().get("totalElements").asLong();

        Response refused = importPage("Korean War");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("title").asText()).isEqualTo("Unprocessable Entity");
        assertThat(refused.json().get("line").asInt()).isEqualTo(1);
        assertThat(refused.json().get("detail").asText()).startsWith("line 1: no title");
        assertThat(api.get("/api/entries").json().get("totalElements").asLong()).isEqualTo(before);
    }

    @Test
    void anEmptyPageIs422WithoutALine() {
        Response refused = importPage("\n\n");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText()).isEqualTo("empty page");
        assertThat(refused.json().has("line")).isFalse();
    }

    @Test
    void badPagesAreRefusedAndRecordNothing() {
        long before = api.get("/api/entries").json().get("totalElements").asLong();

        assertThat(importPage("").status()).isEqualTo(422);
        assertThat(importPage("Korean War\n\n").status()).isEqualTo(422);
        assertThat(importPage("Korean War\n\nNo Date Here\n\nJust text.").status())
                .isEqualTo(422);
        byte[] binary = {0x00, (byte) 0xFF, 0x10, (byte) 0xC3, 0x28};
        Response binaryRefused = api.post("/api/imports", "editor1", "text/plain", binary);
        assertThat(binaryRefused.status()).isEqualTo(422);
        assertThat(binaryRefused.isProblem()).isTrue();
        Response huge = importPage(OSAN + "x".repeat(1024 * 1024));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.isProblem()).isTrue();
        assertThat(api.post("/api/imports", null, "text/plain", OSAN.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(401);

        assertThat(api.get("/api/entries").json().get("totalElements").asLong()).isEqualTo(before);
    }

    @Test
    void aBulkImportAnswersPerPage() throws Exception {
        String boundary = "----palimpsest";
        String good = OSAN.replace("Battle of Osan", "Battle of Pyongtaek");
        String body = part(boundary, "a.txt", good) + part(boundary, "b.txt", "not a page")
                + part(boundary, "c.txt", good) + "--" + boundary + "--\r\n";

        Response results = api.post(
                "/api/imports/bulk",
                "editor2",
                "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));

        assertThat(results.status()).as(results.text()).isEqualTo(200);
        JsonNode pages = results.json();
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).get("status").asText()).isEqualTo("CREATED");
        assertThat(pages.get(0).get("id").asText()).isEqualTo("battle-of-pyongtaek");
        assertThat(pages.get(1).get("status").asText()).isEqualTo("FAILED");
        assertThat(pages.get(1).get("error").asText()).startsWith("line 1: ");
        assertThat(pages.get(1).get("line").asInt()).isEqualTo(1);
        assertThat(pages.get(2).get("status").asText()).isEqualTo("EXISTS");
    }

    private static String part(String boundary, String name, String text) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"pages\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n";
    }
}
