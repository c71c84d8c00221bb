package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.entry.web.EntryApiTest.create;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;

class EntryUndoApiTest extends AppPerClass {

    @Test
    void undoingAnOlderRevisionTakesBackItsWordsKeepsTheLaterRevisionAndIsRecordedAsAnUndo() {
        String id = create("Battle of Heartbreak Ridge", "The ridge was taken in October.");
        api.put(
                "/api/entries/" + id,
                "editor1",
                "{\"baseRevision\":1,\"changes\":{\"body\":\"The ridge was finally taken in October.\"}}");
        api.put("/api/entries/" + id, "editor2", "{\"baseRevision\":2,\"changes\":{\"title\":\"Heartbreak Ridge\"}}");

        Response undone = api.post("/api/entries/" + id + "/revisions/2/undo", "reviewer", "");

        assertThat(undone.status()).as(undone.text()).isEqualTo(200);
        assertThat(undone.etag()).isEqualTo("\"4\"");
        JsonNode entry = undone.json();
        assertThat(entry.get("revision").asLong()).isEqualTo(4);
        assertThat(entry.get("title").asText()).isEqualTo("Heartbreak Ridge");
        assertThat(entry.get("body").asText()).isEqualTo("The ridge was taken in October.");
        JsonNode history = api.get("/api/entries/" + id + "/revisions/4").json().get("history");
        assertThat(history.get("kind").asText()).isEqualTo("UNDO");
        assertThat(history.get("summary").asText()).isEqualTo("Undo revision 2 by editor1");
        assertThat(history.get("author").asText()).isEqualTo("reviewer");

        Response again = api.post("/api/entries/" + id + "/revisions/2/undo", "reviewer", "{\"summary\":\"again\"}");
        assertThat(again.status()).as(again.text()).isEqualTo(422);
        assertThat(again.isProblem()).isTrue();
    }

    @Test
    void undoingRevisionOneOrOneTheEntryHasNotIsRefusedAsProblems() {
        String id = create("Battle of the Imjin River", "The line held for three days.");

        Response first = api.post("/api/entries/" + id + "/revisions/1/undo", "reviewer", "");
        Response unknown = api.post("/api/entries/" + id + "/revisions/7/undo", "reviewer", "");

        assertThat(first.status()).as(first.text()).isEqualTo(422);
        assertThat(first.isProblem()).isTrue();
        assertThat(first.json().get("detail").asText())
                .isEqualTo("revision 1 created the entry; nothing before it to go back to");
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(unknown.json().get("detail").asText()).contains("has no revision 7");
    }

    @Test
    void anUndoOfWordsALaterRevisionChangedAgainAnswers409WithTheConflicts() {
        String id = create("Battle of Bloody Ridge", "The fight lasted three weeks.");
        api.put(
                "/api/entries/" + id,
                "editor1",
                "{\"baseRevision\":1,\"changes\":{\"body\":\"The fight lasted four weeks.\"}}");
        api.put(
                "/api/entries/" + id,
                "editor2",
                "{\"baseRevision\":2,\"changes\":{\"body\":\"The fight lasted five weeks.\"}}");

        Response conflict = api.post("/api/entries/" + id + "/revisions/2/undo", "reviewer", "");

        assertThat(conflict.status()).as(conflict.text()).isEqualTo(409);
        assertThat(conflict.isProblem()).isTrue();
        JsonNode problem = conflict.json();
        assertThat(problem.get("currentRevision").asLong()).isEqualTo(3);
        JsonNode body = problem.get("conflicts").get(0);
        assertThat(body.get("field").asText()).isEqualTo("body");
        assertThat(body.get("base").asText()).isEqualTo("four");
        assertThat(body.get("mine").asText()).isEqualTo("three");
        assertThat(body.get("theirs").asText()).isEqualTo("five");
        assertThat(api.get("/api/entries/" + id).json().get("revision").asLong())
                .isEqualTo(3);
    }

    @Test
    void anEditorMayNotUndoAndIsRefusedWithAProblemThatRecordsNothing() {
        String id = create("Battle of Kumsong", "The salient was held.");
        api.put(
                "/api/entries/" + id,
                "editor2",
                "{\"baseRevision\":1,\"changes\":{\"body\":\"The salient was lost.\"}}");

        Response editor = api.post("/api/entries/" + id + "/revisions/2/undo", "editor1", "");

        assertThat(editor.status()).as(editor.text()).isEqualTo(403);
        assertThat(editor.isProblem()).isTrue();
        assertThat(editor.json().get("detail").asText()).contains("your role does not allow POST");
        assertThat(api.get("/api/entries/" + id).json().get("body").asText()).isEqualTo("The salient was lost.");
        assertThat(api.get("/api/entries/" + id + "/revisions")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(2);
    }
}
