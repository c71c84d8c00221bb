package org.palimpsest.entry.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api;
import org.palimpsest.support.AppPerClass;

/** The places behind timelines as they stood are a read model like the others: a reset rebuilds them as they were. */
class TimelineAsOfRebuildTest extends AppPerClass {

    @Test
    void aRebuiltTimelineAnswersEveryPastInstantAsBefore() {
        String id = created("Hundred Years War", "Crecy", "1346 Aug 26");
        String poitiers = created("Hundred Years War", "Poitiers", "1356 Sep 19");
        api.put("/api/entries/" + id, "editor2", "{\"baseRevision\":1,\"changes\":{\"title\":\"Battle of Crecy\"}}");
        api.put("/api/entries/" + id, "editor2", "{\"baseRevision\":2,\"changes\":{\"timeline\":\"Edward III\"}}");
        List<Instant> instants = List.of(timestamp(poitiers, 1), timestamp(id, 2), timestamp(id, 3));
        List<JsonNode> before = answers(instants);
        assertThat(before.get(0)).hasSize(2);
        assertThat(before.get(1).findValuesAsText("title")).containsExactly("Battle of Crecy", "Poitiers");
        assertThat(before.get(2)).hasSize(1);
        app.bean(MongoDatabase.class).getCollection("timeline_places").drop();
        assertThat(api.get("/api/timelines/Hundred%20Years%20War?asOf=" + instants.get(0))
                        .status())
                .isEqualTo(404);

        Api.Response reset = api.post("/api/admin/projections/timelines/reset", "admin", "");

        assertThat(reset.status()).as(reset.text()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(answers(instants)).isEqualTo(before));
    }

    private static String created(String timeline, String title, String date) {
        Api.Response created = api.post(
                "/api/entries", "editor1", Api.json(Map.of("title", title, "timeline", timeline, "date", date)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static Instant timestamp(String id, long revision) {
        return Instant.parse(api.get("/api/entries/" + id + "/revisions/" + revision)
                .json()
                .get("history")
                .get("timestamp")
                .asText());
    }

    private static List<JsonNode> answers(List<Instant> instants) {
        List<JsonNode> answers = new ArrayList<>();
        for (Instant instant : instants) {
            answers.add(api.get("/api/timelines/Hundred%20Years%20War?asOf=" + instant)
                    .json());
        }
        return answers;
    }
}
