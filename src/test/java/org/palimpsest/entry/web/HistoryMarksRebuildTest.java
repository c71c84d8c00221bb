package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.palimpsest.entry.web.EntryApiTest.create;
import static org.palimpsest.entry.web.EntryRestoreApiTest.edit;
import static org.palimpsest.entry.web.EntryRestoreApiTest.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.history.HistoryQueries;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;

/** The marks come from the events alone: a rebuilt history has the same kinds, reverts and revertedBy. */
class HistoryMarksRebuildTest extends AppPerClass {

    @Test
    void aRebuiltHistoryMarksTheSameRevisionsAsReverted() {
        String id = create("Battle of Hill 303", "The hill was retaken.");
        edit(id, "editor2", 1, "{\"body\":\"The hill was lost.\"}");
        assertThat(api.post("/api/entries/" + id + "/rollback", "reviewer", "{\"author\":\"editor2\"}")
                        .status())
                .isEqualTo(200);
        edit(id, "editor1", 3, "{\"title\":\"Hill 303\"}");
        assertThat(api.post("/api/entries/" + id + "/restore", "reviewer", "{\"revision\":2}")
                        .status())
                .isEqualTo(200);
        JsonNode before = api.get("/api/entries/" + id + "/revisions").json().get("content");
        assertThat(field(before, "revertedBy")).containsExactly("null", "5", "5", "3", "null");
        await().atMost(Duration.ofSeconds(30)).until(HistoryMarksRebuildTest::historyCaughtUp);
        app.bean(MongoDatabase.class).getCollection("revisions").deleteMany(Filters.eq("entryId", id));

        Response reset = api.post("/api/admin/projections/history/reset", "admin", "");
        assertThat(reset.status()).as(reset.text()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(api.get("/api/entries/" + id + "/revisions")
                                .json()
                                .get("content"))
                        .isEqualTo(before));
    }

    /** A rebuild replays many revisions a batch: its checkpoints are made from revisions the same batch wrote. */
    @Test
    void aRebuiltHistoryGivesEachRevisionAcrossCheckpointsItsOwnContent() {
        int every = HistoryQueries.CHECKPOINT_EVERY;
        String id = create("Operation Courageous", "v1");
        for (int i = 1; i < 2 * every + 10; i++) {
            edit(id, "editor1", i, "{\"body\":\"v" + (i + 1) + "\"}");
        }
        await().atMost(Duration.ofSeconds(30)).until(HistoryMarksRebuildTest::historyCaughtUp);
        app.bean(MongoDatabase.class).getCollection("revisions").deleteMany(Filters.eq("entryId", id));

        Response reset = api.post("/api/admin/projections/history/reset", "admin", "");
        assertThat(reset.status()).as(reset.text()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/entries/" + id + "/revisions/" + (2 * every + 10))
                                .status()
                        == 200);
        for (int revision : new int[] {every + 1, 2 * every + 1, every, every + 2, 2 * every, 2 * every + 10, 2}) {
            JsonNode past =
                    api.get("/api/entries/" + id + "/revisions/" + revision).json();
            assertThat(past.get("body").asText()).as("revision " + revision).isEqualTo("v" + revision);
        }
    }

    private static boolean historyCaughtUp() {
        for (JsonNode status : api.getAs("admin", "/api/admin/projections").json()) {
            if (status.get("name").asText().equals("history")) {
                return status.get("running").asBoolean()
                        && status.get("caughtUp").asBoolean();
            }
        }
        throw new AssertionError("no history projection listed");
    }
}
