package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.entry.web.EntryApiTest.create;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.blame.BlameQueries;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;

class BlameApiTest extends AppPerClass {

    @Test
    void textBroughtBackByAnUndoIsCreditedToItsFirstAuthorNotToTheUndoer() {
        String id = create("Battle of Hill 303", "The hill was taken in August.");
        revise(id, "editor2", 1, "The hill was taken in August. Losses were heavy on both sides.");
        revise(id, "editor1", 2, "The hill was taken in August.");

        Response undone = api.post("/api/entries/" + id + "/revisions/3/undo", "reviewer", "");
        assertThat(undone.status()).as(undone.text()).isEqualTo(200);

        Response blame = api.get("/api/entries/" + id + "/blame");
        assertThat(blame.status()).as(blame.text()).isEqualTo(200);
        assertThat(blame.etag()).isEqualTo("\"4\"");
        JsonNode answer = blame.json();
        assertThat(answer.get("id").asText()).isEqualTo(id);
        assertThat(answer.get("revision").asLong()).isEqualTo(4);
        assertThat(spans(answer))
                .containsExactly(
                        "The hill was taken in August.|1|editor1", " Losses were heavy on both sides.|2|editor2");
        assertThat(answer.get("spans").get(1).get("timestamp").asText())
                .isEqualTo(api.get("/api/entries/" + id + "/revisions/2")
                        .json()
                        .get("history")
                        .get("timestamp")
                        .asText());
        assertThat(joined(answer))
                .isEqualTo(api.get("/api/entries/" + id).json().get("body").asText());
    }

    @Test
    void aPastRevisionsBlameIsWhatItWasAtThatRevisionAlsoPastACheckpoint() {
        String id = create("Battle of the Pusan Perimeter", "The perimeter held.");
        List<String> then = new ArrayList<>();
        then.add(api.get("/api/entries/" + id + "/blame").text());
        String body = "The perimeter held.";
        int newest = BlameQueries.CHECKPOINT_EVERY + 5;
        for (int revision = 2; revision <= newest; revision++) {
            body = revision % 3 == 0 ? body + " Line " + revision + "." : body.replace("held", "held " + revision);
            revise(id, revision % 2 == 0 ? "editor2" : "editor1", revision - 1, body);
            then.add(api.get("/api/entries/" + id + "/blame").text());
        }

        for (int revision = 1; revision <= newest; revision++) {
            Response past = api.get("/api/entries/" + id + "/blame?revision=" + revision);
            assertThat(past.status()).as(past.text()).isEqualTo(200);
            assertThat(past.json()).as("revision " + revision).isEqualTo(json(then.get(revision - 1)));
        }
        JsonNode last = json(then.get(newest - 1));
        assertThat(joined(last)).isEqualTo(body);
        assertThat(spans(last)).contains("The perimeter held|1|editor1");
    }

    @Test
    void blameOfAnUnknownEntryOrRevisionOrOfABadRevisionIsAProblem() {
        String id = create("Battle of Chipyong-ni", "The garrison held.");

        assertProblem(api.get("/api/entries/no-such-entry/blame"), 404);
        assertProblem(api.get("/api/entries/" + id + "/blame?revision=2"), 404);
        assertProblem(api.get("/api/entries/" + id + "/blame?revision=0"), 400);
        assertProblem(api.get("/api/entries/" + id + "/blame?revision=two"), 400);
        assertProblem(api.get("/api/entries/" + id + "/blame?minRevision=2"), 400);
        assertProblem(api.get("/api/entries/no-such-entry/blame?minRevision=1"), 404);
        Response held = api.get("/api/entries/" + id + "/blame?minRevision=1");
        assertThat(held.status()).as(held.text()).isEqualTo(200);
        assertThat(spans(held.json())).containsExactly("The garrison held.|1|editor1");
    }

    private static void revise(String id, String author, long base, String body) {
        Response revised = api.put(
                "/api/entries/" + id,
                author,
                "{\"baseRevision\":" + base + ",\"changes\":{\"body\":" + Api.json(body) + "}}");
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.isProblem()).isTrue();
    }

    private static List<String> spans(JsonNode blame) {
        List<String> spans = new ArrayList<>();
        blame.get("spans")
                .forEach(span -> spans.add(span.get("text").asText() + "|"
                        + span.get("revision").asLong() + "|"
                        + span.get("author").asText()));
        return spans;
    }

    private static String joined(JsonNode blame) {
        StringBuilder body = new StringBuilder();
        blame.get("spans").forEach(span -> body.append(span.get("text").asText()));
        return body.toString();
    }

    private static JsonNode json(String text) {
        return new Response(200, "application/json", null, null, text).json();
    }
}
