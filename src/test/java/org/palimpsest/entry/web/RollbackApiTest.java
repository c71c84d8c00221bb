package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.entry.web.EntryApiTest.create;
import static org.palimpsest.entry.web.EntryApiTest.entry;
import static org.palimpsest.entry.web.EntryRestoreApiTest.assertProblem;
import static org.palimpsest.entry.web.EntryRestoreApiTest.edit;
import static org.palimpsest.entry.web.EntryRestoreApiTest.field;
import static org.palimpsest.entry.web.EntryRestoreApiTest.longs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;

class RollbackApiTest extends AppPerClass {

    @Test
    void aReviewerRollsBackAVandalsNewestRevisionsAndTheHonestEditBeforeThemSurvives() {
        String id = create("Battle of Triangle Hill", "The battle lasted six weeks.");
        edit(id, "editor1", 1, "{\"title\":\"Battle of Triangle Hill (1952)\"}");
        edit(id, "editor2", 2, "{\"body\":\"The battle never happened.\"}");
        edit(id, "editor2", 3, "{\"title\":\"Fake\"}");

        Response rolledBack = api.post("/api/entries/" + id + "/rollback", "reviewer", "{\"author\":\"editor2\"}");

        assertThat(rolledBack.status()).as(rolledBack.text()).isEqualTo(200);
        assertThat(rolledBack.etag()).isEqualTo("\"5\"");
        JsonNode entry = rolledBack.json();
        assertThat(entry.get("revision").asLong()).isEqualTo(5);
        assertThat(entry.get("title").asText()).isEqualTo("Battle of Triangle Hill (1952)");
        assertThat(entry.get("body").asText()).isEqualTo("The battle lasted six weeks.");
        JsonNode revisions = api.get("/api/entries/" + id + "/revisions").json().get("content");
        assertThat(field(revisions, "kind")).containsExactly("ROLLBACK", "EDIT", "EDIT", "EDIT", "CREATE");
        assertThat(field(revisions, "revertedBy")).containsExactly("null", "5", "5", "null", "null");
        assertThat(longs(revisions.get(0).get("reverts"))).containsExactly(3L, 4L);
        assertThat(revisions.get(0).get("author").asText()).isEqualTo("reviewer");
        assertThat(revisions.get(0).get("summary").asText())
                .isEqualTo("Roll back edits by editor2 to revision 2 by editor1");
    }

    @Test
    void aRollbackWhenTheNewestRevisionIsBySomeoneElseAnswers409AlreadyRolledAndRecordsNothing() {
        String id = create("Battle of Old Baldy", "The hill was held.");
        edit(id, "editor2", 1, "{\"body\":\"The hill was abandoned.\"}");
        edit(id, "editor1", 2, "{\"body\":\"The hill was held until March.\"}");

        Response late = api.post("/api/entries/" + id + "/rollback", "reviewer", "{\"author\":\"editor2\"}");

        assertProblem(late, 409, "is by editor1, not editor2");
        assertThat(late.json().get("code").asText()).isEqualTo("alreadyrolled");
        assertThat(late.json().get("currentRevision").asLong()).isEqualTo(3);
        assertThat(api.get("/api/entries/" + id).json().get("revision").asLong())
                .isEqualTo(3);
    }

    @Test
    void aRollbackOfTheAuthorOfEveryRevisionAnswers409AndOfAnAuthorWithoutRevisions422() {
        String id = create("Battle of White Horse", "The hill changed hands 24 times.");
        edit(id, "editor1", 1, "{\"title\":\"White Horse Hill\"}");

        Response everyRevision = api.post("/api/entries/" + id + "/rollback", "reviewer", "{\"author\":\"editor1\"}");
        Response noRevision = api.post("/api/entries/" + id + "/rollback", "admin", "{\"author\":\"editor2\"}");
        Response noAuthor = api.post("/api/entries/" + id + "/rollback", "admin", "{}");

        assertProblem(everyRevision, 409, "editor1 made every revision");
        assertThat(everyRevision.json().get("code").asText()).isEqualTo("onlyauthor");
        assertProblem(noRevision, 422, "editor2 made no revision");
        assertProblem(noAuthor, 400, "author: required");
        assertThat(api.get("/api/entries/" + id).json().get("revision").asLong())
                .isEqualTo(2);
    }

    @Test
    void anEditorMayNotRollBackAndNobodyMustSignIn() {
        String id = create("Battle of Outpost Harry", "The outpost held.");
        edit(id, "editor2", 1, "{\"body\":\"The outpost fell.\"}");

        Response editor = api.post("/api/entries/" + id + "/rollback", "editor1", "{\"author\":\"editor2\"}");
        Response anonymous = api.post("/api/entries/" + id + "/rollback", null, "{\"author\":\"editor2\"}");
        Response authorWide = api.post("/api/authors/editor2/rollback", "editor1", "");

        assertThat(editor.status()).isEqualTo(403);
        assertThat(editor.isProblem()).isTrue();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(authorWide.status()).isEqualTo(403);
        assertThat(authorWide.isProblem()).isTrue();
        assertThat(api.get("/api/entries/" + id).json().get("body").asText()).isEqualTo("The outpost fell.");
    }

    @Test
    void twoRollbacksAtOnceRecordOneRollbackAndAnswerTheOther409() {
        String id = create("Battle of the Punchbowl", "The basin was taken in September.");
        edit(id, "editor2", 1, "{\"body\":\"The basin was never taken.\"}");

        CompletableFuture<Response> first = CompletableFuture.supplyAsync(
                () -> api.post("/api/entries/" + id + "/rollback", "reviewer", "{\"author\":\"editor2\"}"));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(
                () -> api.post("/api/entries/" + id + "/rollback", "admin", "{\"author\":\"editor2\"}"));
        List<Integer> statuses =
                new ArrayList<>(List.of(first.join().status(), second.join().status()));

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        JsonNode revisions =
                api.get("/api/entries/" + id + "/revisions?minRevision=3").json();
        assertThat(revisions.get("totalElements").asLong()).isEqualTo(3);
        assertThat(revisions.get("content").get(0).get("kind").asText()).isEqualTo("ROLLBACK");
    }

    @Test
    void anAuthorWideRollbackTakesBackTheAuthorsNewestRevisionsOnEveryEntryAndSaysWhatItDidToEach() {
        String vandalised = create("Battle of Hill 355", "Little Gibraltar was held.");
        edit(vandalised, "editor2", 1, "{\"body\":\"Little Gibraltar was a myth.\"}");
        edit(vandalised, "editor2", 2, "{\"title\":\"Hill 355 myth\"}");
        String fixedSince = create("Battle of Hill 317", "The hill was taken in October.");
        edit(fixedSince, "editor2", 1, "{\"body\":\"The hill was never taken.\"}");
        edit(fixedSince, "editor1", 2, "{\"body\":\"The hill was taken in October 1951.\"}");
        Response own = api.post("/api/entries", "editor2", entry("Battle of Maryang San", "All by editor2."));
        String allByAuthor = own.json().get("id").asText();

        Response answer = api.post("/api/authors/editor2/rollback", "admin", "{\"summary\":\"Vandalism spree\"}");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode results = answer.json();
        assertThat(outcome(results, vandalised).get("outcome").asText()).isEqualTo("rolled-back");
        assertThat(outcome(results, vandalised).get("revision").asLong()).isEqualTo(4);
        assertThat(outcome(results, allByAuthor).get("outcome").asText()).isEqualTo("skipped");
        assertThat(outcome(results, allByAuthor).get("reason").asText()).isEqualTo("onlyauthor");
        assertThat(outcome(results, fixedSince)).isNull();
        JsonNode rolledBack = api.get("/api/entries/" + vandalised).json();
        assertThat(rolledBack.get("title").asText()).isEqualTo("Battle of Hill 355");
        assertThat(rolledBack.get("body").asText()).isEqualTo("Little Gibraltar was held.");
        JsonNode newest =
                api.get("/api/entries/" + vandalised + "/revisions/4").json().get("history");
        assertThat(newest.get("kind").asText()).isEqualTo("ROLLBACK");
        assertThat(newest.get("summary").asText()).isEqualTo("Vandalism spree");
        assertThat(api.get("/api/entries/" + fixedSince).json().get("revision").asLong())
                .isEqualTo(3);
        assertThat(api.get("/api/entries/" + allByAuthor).json().get("revision").asLong())
                .isEqualTo(1);

        Response again = api.post("/api/authors/editor2/rollback", "admin", "");
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(outcome(again.json(), vandalised)).isNull();
        Response nobody = api.post("/api/authors/nobody-at-all/rollback", "admin", "");
        assertProblem(nobody, 422, "nobody-at-all made no revision of any entry");
    }

    private static JsonNode outcome(JsonNode results, String id) {
        for (JsonNode result : results) {
            if (result.get("id").asText().equals(id)) {
                return result;
            }
        }
        return null;
    }
}
