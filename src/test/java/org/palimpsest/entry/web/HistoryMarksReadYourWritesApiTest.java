package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.entry.web.EntryApiTest.create;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;

/**
 * A client that asks for the history with {@code minRevision} of the revert it just made (the browser client does)
 * sees the reverted revisions marked, not only the new row.
 */
class HistoryMarksReadYourWritesApiTest extends AppPerClass {

    @Test
    void theHistoryReadWithTheRollbacksRevisionAlreadyMarksTheRevisionsItReverted() {
        Api client = api.withoutWaiting();
        for (int round = 0; round < 15; round++) {
            String id = create("Battle of Hill 282, round " + round, "The hill was held.");
            for (int revision = 1; revision <= 3; revision++) {
                Response vandal = client.put(
                        "/api/entries/" + id,
                        "editor2",
                        "{\"baseRevision\":" + revision + ",\"changes\":{\"body\":\"Vandal " + revision + ".\"}}");
                assertThat(vandal.status()).as(vandal.text()).isEqualTo(200);
            }

            Response rolled = client.post("/api/entries/" + id + "/rollback", "reviewer", "{\"author\":\"editor2\"}");
            assertThat(rolled.status()).as(rolled.text()).isEqualTo(200);
            JsonNode rows = client.get("/api/entries/" + id + "/revisions?minRevision=5")
                    .json()
                    .get("content");

            assertThat(rows.get(0).get("revision").asLong()).isEqualTo(5);
            for (int row = 1; row <= 3; row++) {
                assertThat(rows.get(row).get("revertedBy").asLong())
                        .as(
                                "round %d: revision %d marked",
                                round, rows.get(row).get("revision").asLong())
                        .isEqualTo(5);
            }
        }
    }
}
