package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.history.HistoryQueries;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;

class EntryApiTest extends AppPerClass {

    static String entry(String title, String body) {
        return Api.json(Map.of(
                "title",
                title,
                "timeline",
                "Korean War",
                "date",
                "1950 Apr 1",
                "location",
                Map.of("name", "Moscow, Russia"),
                "body",
                body,
                "summary",
                "first version"));
    }

    static String create(String title, String body) {
        Response created = api.post("/api/entries", "editor1", entry(title, body));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void createAnswers201WithLocationEtagAndTheEntry() {
        Response created = api.post("/api/entries", "editor1", entry("Inchon Landing", "Para one.\n\nPara two."));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/entries/inchon-landing");
        assertThat(created.etag()).isEqualTo("\"1\"");
        JsonNode body = created.json();
        assertThat(body.get("id").asText()).isEqualTo("inchon-landing");
        assertThat(body.get("revision").asLong()).isEqualTo(1);
        assertThat(body.get("date").get("display").asText()).isEqualTo("1950 Apr 1");
        assertThat(body.get("date").get("precision").asText()).isEqualTo("DAY");
        assertThat(body.get("createdBy").asText()).isEqualTo("editor1");
    }

    @Test
    void aClashingTitleGetsASuffixedId() {
        String first = create("Battle of Osan", "a");
        String second = create("Battle of Osan", "b");
        String third = create("Battle of Osan", "c");

        assertThat(first).isEqualTo("battle-of-osan");
        assertThat(second).isEqualTo("battle-of-osan-2");
        assertThat(third).isEqualTo("battle-of-osan-3");
    }

    @Test
    void getAnswersTheCurrentEntryWithItsRevisionAsEtag() {
        String id = create("Pusan Perimeter", "Text");

        Response read = api.get("/api/entries/" + id);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).isEqualTo("\"1\"");
        assertThat(read.json().get("title").asText()).isEqualTo("Pusan Perimeter");
        assertThat(read.json().get("body").asText()).isEqualTo("Text");
        assertThat(read.json().get("location").get("name").asText()).isEqualTo("Moscow, Russia");
    }

    @Test
    void aGetWithTheCurrentEtagAnswers304AndAStaleOneTheEntry() {
        String id = create("Battle of Yongsan", "Text");

        assertThat(api.get("/api/entries/" + id, "If-None-Match", "\"1\"").status())
                .isEqualTo(304);
        api.put("/api/entries/" + id, "editor1", "{\"baseRevision\":1,\"changes\":{\"body\":\"More text\"}}");
        Response changed = api.get("/api/entries/" + id, "If-None-Match", "\"1\"");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("body").asText()).isEqualTo("More text");
    }

    @Test
    void ifMatchMayStandInForBaseRevision() {
        String id = create("Battle of Chipyong-ni", "Text");

        Response revised = api.send(
                "PUT", "/api/entries/" + id, "editor1", "If-Match", "\"1\"", "{\"changes\":{\"body\":\"Changed\"}}");
        Response stale = api.send(
                "PUT", "/api/entries/" + id, "editor1", "If-Match", "\"1\"", "{\"changes\":{\"body\":\"Again\"}}");

        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.json().get("revision").asLong()).isEqualTo(2);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentRevision").asLong()).isEqualTo(2);
    }

    @Test
    void reviseAnswersTheNewRevisionAndTheEntryAsItNowStands() {
        String id = create("Chosin Reservoir", "Cold winter.");

        Response revised = api.put(
                "/api/entries/" + id,
                "editor2",
                "{\"baseRevision\":1,\"changes\":{\"body\":\"Very cold winter.\"},\"summary\":\"detail\",\"minor\":true}");

        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
        assertThat(revised.etag()).isEqualTo("\"2\"");
        assertThat(revised.json().get("revision").asLong()).isEqualTo(2);
        assertThat(revised.json().get("body").asText()).isEqualTo("Very cold winter.");
        assertThat(revised.json().get("title").asText()).isEqualTo("Chosin Reservoir");
        assertThat(api.get("/api/entries/" + id).json().get("body").asText()).isEqualTo("Very cold winter.");
    }

    @Test
    void theAuthorIsTheSignedInUser() {
        String id = create("Hungnam Evacuation", "Ships.");
        api.put("/api/entries/" + id, "reviewer", "{\"baseRevision\":1,\"changes\":{\"body\":\"Many ships.\"}}");

        JsonNode history = api.get("/api/entries/" + id + "/revisions").json().get("content");

        assertThat(history.get(0).get("author").asText()).isEqualTo("reviewer");
        assertThat(history.get(1).get("author").asText()).isEqualTo("editor1");
    }

    @Test
    void anAuthorFieldInTheBodyIsRefused() {
        String id = create("Battle of Triangle Hill", "Hill.");

        Response refused = api.put(
                "/api/entries/" + id,
                "editor1",
                "{\"baseRevision\":1,\"author\":\"someone-else\",\"changes\":{\"body\":\"x\"}}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("author");
    }

    @Test
    void historyListsRevisionsNewestFirstWithSizesAndSummaries() {
        String id = create("Armistice", "abc");
        api.put(
                "/api/entries/" + id,
                "editor1",
                "{\"baseRevision\":1,\"changes\":{\"body\":\"abcdef\"},\"summary\":\"longer\"}");
        api.put(
                "/api/entries/" + id,
                "editor2",
                "{\"baseRevision\":2,\"changes\":{\"body\":\"ab\"},\"summary\":\"shorter\",\"minor\":true}");

        JsonNode page = api.get("/api/entries/" + id + "/revisions").json();

        assertThat(page.get("totalElements").asLong()).isEqualTo(3);
        JsonNode newest = page.get("content").get(0);
        assertThat(newest.get("revision").asLong()).isEqualTo(3);
        assertThat(newest.get("summary").asText()).isEqualTo("shorter");
        assertThat(newest.get("minor").asBoolean()).isTrue();
        assertThat(newest.get("sizeDelta").asInt()).isEqualTo(-4);
        assertThat(newest.get("changed").get(0).asText()).isEqualTo("BODY");
        JsonNode middle = page.get("content").get(1);
        assertThat(middle.get("sizeDelta").asInt()).isEqualTo(3);
        assertThat(middle.get("size").asInt()).isEqualTo(newest.get("size").asInt() + 4);
        assertThat(page.get("content").get(2).get("kind").asText()).isEqualTo("CREATE");
    }

    @Test
    void historyIsPagedWithPageAndSize() {
        String id = create("Operation Ripper", "r0");
        for (int i = 1; i <= 5; i++) {
            api.put(
                    "/api/entries/" + id,
                    "editor1",
                    "{\"baseRevision\":" + i + ",\"changes\":{\"body\":\"r" + i + "\"}}");
        }

        JsonNode second =
                api.get("/api/entries/" + id + "/revisions?page=1&size=2").json();

        assertThat(second.get("totalElements").asLong()).isEqualTo(6);
        assertThat(second.get("totalPages").asLong()).isEqualTo(3);
        assertThat(second.get("content").get(0).get("revision").asLong()).isEqualTo(4);
        assertThat(second.get("content").get(1).get("revision").asLong()).isEqualTo(3);
        assertThat(api.get("/api/entries/" + id + "/revisions?size=1001").status())
                .isEqualTo(400);
        assertThat(api.get("/api/entries/" + id + "/revisions?size=1000").status())
                .isEqualTo(200);
    }

    @Test
    void anyPastRevisionIsReadableInFull() {
        String id = create("Operation Killer", "v1");
        for (int i = 1; i <= 60; i++) {
            Response r = api.put(
                    "/api/entries/" + id,
                    "editor1",
                    "{\"baseRevision\":" + i + ",\"changes\":{\"body\":\"v" + (i + 1) + "\""
                            + (i == 30 ? ",\"title\":\"Killer\"" : "") + "}}");
            assertThat(r.status()).isEqualTo(200);
        }

        for (int revision : new int[] {1, 2, 30, 31, 50, 51, 52, 61}) {
            JsonNode past =
                    api.get("/api/entries/" + id + "/revisions/" + revision).json();
            assertThat(past.get("revision").asLong()).isEqualTo(revision);
            assertThat(past.get("body").asText()).isEqualTo("v" + revision);
            assertThat(past.get("title").asText()).isEqualTo(revision <= 30 ? "Operation Killer" : "Killer");
            assertThat(past.get("history").get("revision").asLong()).isEqualTo(revision);
        }
        assertThat(api.get("/api/entries/" + id + "/revisions/62").status()).isEqualTo(404);
    }

    /**
     * A revision read once is kept in memory and later ones may be folded from it: reading in any order, across
     * checkpoints and back, still gives each revision its own content.
     */
    @Test
    void pastRevisionsReadInAnyOrderEachGiveTheirOwnContent() {
        int every = HistoryQueries.CHECKPOINT_EVERY;
        String id = create("Operation Ripper", "v1");
        for (int i = 1; i < 2 * every + 10; i++) {
            Response r = api.put(
                    "/api/entries/" + id,
                    "editor1",
                    "{\"baseRevision\":" + i + ",\"changes\":{\"body\":\"v" + (i + 1) + "\"}}");
            assertThat(r.status()).isEqualTo(200);
        }

        for (int revision : new int[] {
            every - 10,
            every - 5,
            every - 9,
            every - 1,
            every,
            every + 1,
            2 * every - 1,
            every + 10,
            every - 5,
            2 * every + 1,
            2 * every + 10,
            2 * every,
            1,
            every - 6
        }) {
            JsonNode past =
                    api.get("/api/entries/" + id + "/revisions/" + revision).json();
            assertThat(past.get("body").asText()).isEqualTo("v" + revision);
            assertThat(past.get("history").get("revision").asLong()).isEqualTo(revision);
        }
    }

    @Test
    void aStaleEditThatConflictsIsRefusedWith409NamingTheCurrentRevisionAndTheConflict() {
        String id = create("Battle of the Imjin River", "one");
        api.put("/api/entries/" + id, "editor1", "{\"baseRevision\":1,\"changes\":{\"body\":\"two\"}}");

        Response conflict =
                api.put("/api/entries/" + id, "editor2", "{\"baseRevision\":1,\"changes\":{\"body\":\"other\"}}");

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.isProblem()).isTrue();
        assertThat(conflict.json().get("currentRevision").asLong()).isEqualTo(2);
        assertThat(conflict.json().get("detail").asText()).contains("revision 2");
        assertThat(conflict.json().get("conflicts").get(0).get("field").asText())
                .isEqualTo("body");
        assertThat(conflict.json().get("conflicts").get(0).get("mine").asText()).isEqualTo("other");
        assertThat(conflict.json().get("conflicts").get(0).get("theirs").asText())
                .isEqualTo("two");
        assertThat(api.get("/api/entries/" + id).json().get("body").asText()).isEqualTo("two");
    }

    @Test
    void aReviseThatChangesNothingIsRefusedWith422AndRecordsNothing() {
        String id = create("Bloody Ridge", "same");

        Response refused = api.put(
                "/api/entries/" + id,
                "editor1",
                "{\"baseRevision\":1,\"changes\":{\"body\":\"same\",\"title\":\"Bloody Ridge\"}}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(api.get("/api/entries/" + id + "/revisions")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void settingImageToNullRemovesIt() {
        Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of(
                        "title",
                        "Heartbreak Ridge",
                        "timeline",
                        "Korean War",
                        "date",
                        "1951 Sep 13",
                        "image",
                        Map.of("caption", "Ridge", "attribution", "©Someone"))));
        String id = created.json().get("id").asText();

        Response revised =
                api.put("/api/entries/" + id, "editor1", "{\"baseRevision\":1,\"changes\":{\"image\":null}}");

        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.json().get("image").isNull()).isTrue();
        assertThat(api.get("/api/entries/" + id + "/revisions/1")
                        .json()
                        .get("image")
                        .get("caption")
                        .asText())
                .isEqualTo("Ridge");
    }

    @Test
    void writesNeedASignedInUser() {
        Response anonymous = api.post("/api/entries", null, entry("Anonymous", "x"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(api.get("/api/entries/anonymous").status()).isEqualTo(404);
    }

    @Test
    void theListShowsEveryEntry() {
        String id = create("Operation Thunderbolt", "x");

        JsonNode list = api.get("/api/entries?size=1000").json();

        assertThat(list.get("content").findValuesAsText("id")).contains(id);
        assertThat(list.get("totalElements").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void openApiAndHealthAreServed() {
        JsonNode docs = api.get("/v3/api-docs").json();
        assertThat(docs.get("paths").has("/api/entries/{id}/revisions/{revision}"))
                .isTrue();
        assertThat(docs.get("paths").get("/api/entries/{id}").has("put")).isTrue();
        assertThat(api.get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
