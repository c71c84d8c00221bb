package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.entry.web.EntryApiTest.create;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;

class EntryRestoreApiTest extends AppPerClass {

    @Test
    void restoringAnOlderRevisionAnswersTheEntryWithThatContentAsARestoreThatRevertsTheRevisionsAfterIt() {
        String id = create("Battle of Chipyong-ni", "The regiment held the town.");
        edit(id, "editor2", 1, "{\"body\":\"The regiment lost the town.\"}");
        edit(id, "editor2", 2, "{\"title\":\"Chipyong-ni was lost\"}");

        Response restored = api.post(
                "/api/entries/" + id + "/restore", "reviewer", "{\"revision\":1,\"summary\":\"Back to the sources\"}");

        assertThat(restored.status()).as(restored.text()).isEqualTo(200);
        assertThat(restored.etag()).isEqualTo("\"4\"");
        JsonNode entry = restored.json();
        assertThat(entry.get("revision").asLong()).isEqualTo(4);
        assertThat(entry.get("title").asText()).isEqualTo("Battle of Chipyong-ni");
        assertThat(entry.get("body").asText()).isEqualTo("The regiment held the town.");
        JsonNode history = api.get("/api/entries/" + id + "/revisions/4").json().get("history");
        assertThat(history.get("kind").asText()).isEqualTo("RESTORE");
        assertThat(history.get("summary").asText()).isEqualTo("Back to the sources");
        assertThat(longs(history.get("reverts"))).containsExactly(2L, 3L);
        assertThat(api.get("/api/entries/" + id + "/revisions/4")
                        .json()
                        .get("body")
                        .asText())
                .isEqualTo("The regiment held the town.");
    }

    @Test
    void theHistoryMarksEachRevisionTakenBackByAnUndoOrARestoreWithTheRevisionThatDidIt() {
        String id = create("Battle of the Hook", "The Commonwealth division held the Hook.");
        edit(id, "editor2", 1, "{\"title\":\"The Hook\"}");
        api.post("/api/entries/" + id + "/revisions/2/undo", "reviewer", "");
        edit(id, "editor2", 3, "{\"body\":\"The division held the Hook in May 1953.\"}");
        edit(id, "editor2", 4, "{\"body\":\"The division lost the Hook in May 1953.\"}");
        Response restored = api.post("/api/entries/" + id + "/restore", "reviewer", "{\"revision\":3}");
        assertThat(restored.status()).as(restored.text()).isEqualTo(200);

        JsonNode revisions = api.get("/api/entries/" + id + "/revisions").json().get("content");

        assertThat(revisions).hasSize(6);
        assertThat(field(revisions, "kind")).containsExactly("RESTORE", "EDIT", "EDIT", "UNDO", "EDIT", "CREATE");
        assertThat(field(revisions, "revertedBy")).containsExactly("null", "6", "6", "null", "3", "null");
        assertThat(longs(revisions.get(0).get("reverts"))).containsExactly(4L, 5L);
        assertThat(longs(revisions.get(3).get("reverts"))).containsExactly(2L);
        assertThat(revisions.get(0).get("summary").asText()).isEqualTo("Restore revision 3");
        assertThat(api.get("/api/entries/" + id + "/revisions/2")
                        .json()
                        .at("/history/revertedBy")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void restoringTheCurrentAnUnknownOrNoRevisionAsNobodyOrAsAnEditorIsRefusedAsAProblemAndRecordsNothing() {
        String id = create("Battle of Pork Chop Hill", "The hill changed hands twice.");
        edit(id, "editor2", 1, "{\"body\":\"The hill changed hands three times.\"}");

        Response current = api.post("/api/entries/" + id + "/restore", "reviewer", "{\"revision\":2}");
        Response unknown = api.post("/api/entries/" + id + "/restore", "reviewer", "{\"revision\":9}");
        Response zero = api.post("/api/entries/" + id + "/restore", "reviewer", "{\"revision\":0}");
        Response missing = api.post("/api/entries/" + id + "/restore", "reviewer", "{\"summary\":\"which?\"}");
        Response anonymous = api.post("/api/entries/" + id + "/restore", null, "{\"revision\":1}");
        Response editor = api.post("/api/entries/" + id + "/restore", "editor1", "{\"revision\":1}");
        Response noEntry = api.post("/api/entries/no-such-entry/restore", "reviewer", "{\"revision\":1}");

        assertProblem(current, 422, "is at revision 2 already");
        assertProblem(unknown, 404, "has no revision 9");
        assertProblem(zero, 400, "revision: 0 is not a revision");
        assertProblem(missing, 400, "revision: required");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertProblem(editor, 403, "your role does not allow POST /api/entries/" + id + "/restore");
        assertThat(noEntry.status()).isEqualTo(404);
        assertThat(noEntry.isProblem()).isTrue();
        assertThat(api.get("/api/entries/" + id).json().get("revision").asLong())
                .isEqualTo(2);
        assertThat(api.get("/api/entries/" + id + "/revisions")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void sinceListsTheRevisionsAfterItOldestFirstAndPagesThroughThem() {
        String id = create("Battle of Kapyong", "Revision 1.");
        for (long base = 1; base < 5; base++) {
            edit(id, "editor2", base, "{\"body\":\"Revision " + (base + 1) + ".\"}");
        }

        JsonNode after2 = api.get("/api/entries/" + id + "/revisions?since=2").json();
        JsonNode secondPage = api.get("/api/entries/" + id + "/revisions?since=2&size=2&page=1")
                .json();
        JsonNode caughtUp = api.get("/api/entries/" + id + "/revisions?since=5").json();
        Response negative = api.get("/api/entries/" + id + "/revisions?since=-1");

        assertThat(field(after2.get("content"), "revision")).containsExactly("3", "4", "5");
        assertThat(after2.get("totalElements").asLong()).isEqualTo(3);
        assertThat(field(secondPage.get("content"), "revision")).containsExactly("5");
        assertThat(secondPage.get("totalPages").asLong()).isEqualTo(2);
        assertThat(caughtUp.get("content")).isEmpty();
        assertThat(caughtUp.get("totalElements").asLong()).isZero();
        assertProblem(negative, 400, "since: must be 0 or more");
    }

    static void edit(String id, String user, long base, String changes) {
        Response edited =
                api.put("/api/entries/" + id, user, "{\"baseRevision\":" + base + ",\"changes\":" + changes + "}");
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
    }

    static void assertProblem(Response response, int status, String detail) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("detail").asText()).contains(detail);
    }

    static List<String> field(JsonNode revisions, String name) {
        List<String> values = new ArrayList<>();
        revisions.forEach(revision -> values.add(revision.path(name).asText("null")));
        return values;
    }

    static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asLong()));
        return values;
    }
}
