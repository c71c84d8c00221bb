package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.entry.web.EntryApiTest.create;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;

class EntryMergeApiTest extends AppPerClass {

    @Test
    void aStaleEditOfOtherWordsIsMergedAndAnswers200WithMergedTrue() {
        String id = create("Battle of Pork Chop Hill", "The hill was held. The cost was high.");
        Response first = api.put(
                "/api/entries/" + id,
                "editor1",
                "{\"baseRevision\":1,\"changes\":{\"body\":\"The hill was finally held. The cost was high.\"}}");

        Response merged = api.put(
                "/api/entries/" + id,
                "editor2",
                "{\"baseRevision\":1,\"changes\":{\"title\":\"Pork Chop Hill\","
                        + "\"body\":\"The hill was held. The cost was very high.\"}}");

        assertThat(first.json().has("merged")).isFalse();
        assertThat(merged.status()).as(merged.text()).isEqualTo(200);
        assertThat(merged.etag()).isEqualTo("\"3\"");
        JsonNode entry = merged.json();
        assertThat(entry.get("merged").asBoolean()).isTrue();
        assertThat(entry.get("revision").asLong()).isEqualTo(3);
        assertThat(entry.get("title").asText()).isEqualTo("Pork Chop Hill");
        assertThat(entry.get("body").asText()).isEqualTo("The hill was finally held. The cost was very high.");
    }

    @Test
    void conflictingStaleEditsAnswer409WithTheConflictsAndTheEditorsVersionAndRecordNothing() {
        String id = create("Battle of Triangle Hill", "The attack began in October.");
        api.put(
                "/api/entries/" + id,
                "editor1",
                "{\"baseRevision\":1,\"changes\":{\"date\":\"1952 Oct 14\","
                        + "\"body\":\"The attack began in mid October.\"}}");

        Response conflict = api.put(
                "/api/entries/" + id,
                "editor2",
                "{\"baseRevision\":1,\"changes\":{\"date\":\"1952 Oct 15\","
                        + "\"body\":\"The attack began in late October.\"}}");

        assertThat(conflict.status()).as(conflict.text()).isEqualTo(409);
        assertThat(conflict.isProblem()).isTrue();
        JsonNode problem = conflict.json();
        assertThat(problem.get("currentRevision").asLong()).isEqualTo(2);
        JsonNode conflicts = problem.get("conflicts");
        assertThat(conflicts).hasSize(2);
        assertThat(conflicts.get(0).get("field").asText()).isEqualTo("date");
        assertThat(conflicts.get(0).get("base").get("display").asText()).isEqualTo("1950 Apr 1");
        assertThat(conflicts.get(0).get("mine").get("display").asText()).isEqualTo("1952 Oct 15");
        assertThat(conflicts.get(0).get("theirs").get("display").asText()).isEqualTo("1952 Oct 14");
        assertThat(conflicts.get(0).has("context")).isFalse();
        assertThat(conflicts.get(1).get("field").asText()).isEqualTo("body");
        assertThat(conflicts.get(1).get("base").asText()).isEmpty();
        assertThat(conflicts.get(1).get("mine").asText()).isEqualTo("late");
        assertThat(conflicts.get(1).get("theirs").asText()).isEqualTo("mid");
        assertThat(conflicts.get(1).get("context").get("before").asText()).isEqualTo("began in ");
        assertThat(conflicts.get(1).get("context").get("after").asText()).isEqualTo(" October.");
        assertThat(problem.get("merged").get("body").asText()).isEqualTo("The attack began in late October.");
        assertThat(problem.get("merged").get("date").get("display").asText()).isEqualTo("1952 Oct 15");
        assertThat(problem.get("merged").get("title").asText()).isEqualTo("Battle of Triangle Hill");

        Response next = api.put(
                "/api/entries/" + id, "editor2", "{\"baseRevision\":2,\"changes\":{\"title\":\"Triangle Hill\"}}");
        assertThat(next.json().get("revision").asLong()).isEqualTo(3);
    }
}
