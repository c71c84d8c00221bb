package org.palimpsest.system.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api;
import org.palimpsest.support.AppPerClass;

/**
 * A rebuild through the admin API: a damaged projection comes back equal to what it was, an edit made right
 * after the reset is in it once, the status tells when it is done, and the processor reads from a plain
 * token, not from Axon's replay token (slow with axon-mongo's tokens; see {@link ProjectionRebuild}).
 */
class ProjectionRebuildTest extends AppPerClass {

    private static final int REVISIONS = 30;

    @Test
    void aRebuiltHistoryEqualsTheOldOneKeepsAnEditMadeMeanwhileAndReportsCaughtUp() {
        MongoDatabase database = app.bean(MongoDatabase.class);
        assertThat(api.post(
                                "/api/entries",
                                "editor1",
                                Api.json(Map.of(
                                        "title",
                                        "Rebuilt",
                                        "timeline",
                                        "Korean War",
                                        "date",
                                        "1950 Jun 25",
                                        "body",
                                        "revision 1")))
                        .status())
                .isEqualTo(201);
        for (int revision = 2; revision <= REVISIONS; revision++) {
            revise(revision);
        }
        JsonNode before = api.get("/api/entries/rebuilt/revisions?size=1000").json();
        assertThat(before.get("totalElements").asLong()).isEqualTo(REVISIONS);
        await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp("history"));
        database.getCollection("revisions").deleteMany(Filters.eq("entryId", "rebuilt"));
        assertThat(api.get("/api/entries/rebuilt/revisions?size=1")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();

        Api.Response reset = api.post("/api/admin/projections/history/reset", "admin", "");
        assertThat(reset.status()).as(reset.text()).isEqualTo(202);
        assertThat(reset.json().findValuesAsText("name")).contains("history", "articles", "timelines");
        String processor = reset.json().get(0).get("processor").asText();
        // the processor makes its segment anew as it starts, in the background
        Document token = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> database.getCollection("trackingtokens")
                                .find(Filters.eq("processorName", processor))
                                .first(),
                        found -> found != null);
        assertThat(String.valueOf(token.get("tokenType"))).doesNotContain("ReplayToken");
        revise(REVISIONS + 1);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(caughtUp("history")).isTrue();
            assertThat(api.get("/api/entries/rebuilt/revisions?size=1")
                            .json()
                            .get("totalElements")
                            .asLong())
                    .isEqualTo(REVISIONS + 1);
        });
        JsonNode after =
                api.get("/api/entries/rebuilt/revisions?size=1000").json().get("content");
        assertThat(after).hasSize(REVISIONS + 1);
        assertThat(after.get(0).get("revision").asLong()).isEqualTo(REVISIONS + 1);
        for (int newest = 0; newest < REVISIONS; newest++) {
            assertThat(after.get(newest + 1)).isEqualTo(before.get("content").get(newest));
        }
        assertThat(api.get("/api/entries/rebuilt/revisions/" + (REVISIONS + 1))
                        .json()
                        .get("body")
                        .asText())
                .isEqualTo("revision " + (REVISIONS + 1));
    }

    private static void revise(int revision) {
        Api.Response revised = api.put(
                "/api/entries/rebuilt",
                "editor2",
                Api.json(Map.of(
                        "baseRevision",
                        revision - 1,
                        "changes",
                        Map.of("body", "revision " + revision),
                        "summary",
                        "step " + revision)));
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
    }

    private static boolean caughtUp(String projection) {
        for (JsonNode status : api.getAs("admin", "/api/admin/projections").json()) {
            if (status.get("name").asText().equals(projection)) {
                return status.get("running").asBoolean()
                        && status.get("caughtUp").asBoolean();
            }
        }
        throw new AssertionError("no projection " + projection + " listed");
    }
}
