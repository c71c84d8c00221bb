package org.palimpsest.entry.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;

class TimelineAsOfApiTest extends AppPerClass {

    private static final Duration NANO = Duration.ofNanos(1);

    private static String create(String timeline, String title, String date) {
        Response created = api.post(
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

    private static Response asOf(String timeline, Instant instant) {
        return api.get("/api/timelines/" + timeline + "?asOf=" + instant);
    }

    /** "title (date)" of each entry on the timeline as it stood then, in order. */
    private static List<String> placesAsOf(String timeline, Instant instant) {
        Response answer = asOf(timeline, instant);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<String> places = new ArrayList<>();
        for (JsonNode place : answer.json()) {
            assertThat(place.get("timeline").asText()).isEqualTo(timeline);
            places.add(place.get("title").asText() + " ("
                    + place.get("date").get("display").asText() + ")");
        }
        return places;
    }

    @Test
    void aTimelineAsOfAnInstantHasTheEntriesOnItThenWithTheirTitlesAndDatesThenInHistoricalOrder() {
        String hastings = create("Normans", "Hastings", "1066 Oct 14");
        String domesday = create("Normans", "Domesday", "1086");
        String stamford = create("Normans", "Stamford Bridge", "1066 Sep 25");
        api.put(
                "/api/entries/" + domesday,
                "editor2",
                "{\"baseRevision\":1,\"changes\":{\"title\":\"Domesday Book\",\"date\":\"1085\"}}");
        api.put("/api/entries/" + stamford, "editor2", "{\"baseRevision\":1,\"changes\":{\"timeline\":\"Vikings\"}}");
        api.put("/api/entries/" + hastings, "editor2", "{\"baseRevision\":1,\"changes\":{\"body\":\"Harold fell.\"}}");

        Instant allCreated = timestamp(stamford, 1);
        Instant beforeRetitle = timestamp(domesday, 2).minus(NANO);
        Instant afterRetitle = timestamp(domesday, 2);
        Instant afterMove = timestamp(stamford, 2);
        Instant now = timestamp(hastings, 2).plus(Duration.ofDays(1));

        assertThat(placesAsOf("Normans", allCreated))
                .containsExactly("Stamford Bridge (1066 Sep 25)", "Hastings (1066 Oct 14)", "Domesday (1086)");
        assertThat(placesAsOf("Normans", beforeRetitle)).isEqualTo(placesAsOf("Normans", allCreated));
        assertThat(placesAsOf("Normans", afterRetitle))
                .containsExactly("Stamford Bridge (1066 Sep 25)", "Hastings (1066 Oct 14)", "Domesday Book (1085)");
        assertThat(placesAsOf("Normans", afterMove)).containsExactly("Hastings (1066 Oct 14)", "Domesday Book (1085)");
        assertThat(placesAsOf("Vikings", afterMove)).containsExactly("Stamford Bridge (1066 Sep 25)");
        assertThat(placesAsOf("Normans", now))
                .containsExactly("Hastings (1066 Oct 14)", "Domesday Book (1085)")
                .hasSameSizeAs(api.get("/api/timelines/Normans").json());
    }

    @Test
    void aPlaceSaysSinceWhenAndUntilWhenTheEntryHeldIt() {
        String id = create("Crusades", "Dorylaeum", "1097 Jul 1");
        api.put(
                "/api/entries/" + id,
                "editor2",
                "{\"baseRevision\":1,\"changes\":{\"title\":\"Battle of Dorylaeum\"}}");
        Instant created = timestamp(id, 1);
        Instant retitled = timestamp(id, 2);

        JsonNode then = asOf("Crusades", created).json().get(0);
        JsonNode now = asOf("Crusades", retitled).json().get(0);

        assertThat(then.get("id").asText()).isEqualTo(id);
        assertThat(then.get("sinceRevision").asLong()).isEqualTo(1);
        assertThat(Instant.parse(then.get("since").asText())).isEqualTo(created);
        assertThat(Instant.parse(then.get("until").asText())).isEqualTo(retitled);
        assertThat(now.get("title").asText()).isEqualTo("Battle of Dorylaeum");
        assertThat(now.get("sinceRevision").asLong()).isEqualTo(2);
        assertThat(now.get("until").isNull()).isTrue();
    }

    @Test
    void aTimelineAsOfAnInstantBeforeItHadEntriesIsNotFoundAndABadAsOfIsABadRequest() {
        String id = create("Byzantines", "Manzikert", "1071 Aug 26");
        Instant created = timestamp(id, 1);

        Response before = asOf("Byzantines", created.minus(NANO));
        Response unknown = asOf("Atlantis", created);
        Response bad = api.get("/api/timelines/Byzantines?asOf=last%20week");

        assertThat(before.status()).as(before.text()).isEqualTo(404);
        assertThat(before.isProblem()).isTrue();
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(bad.status()).as(bad.text()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
        assertThat(bad.json().get("detail").asText()).contains("asOf");
    }

    @Test
    void theOpenApiDocumentOffersAsOfOnEntriesAndTimelines() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");

        for (String path : List.of("/api/entries/{id}", "/api/timelines/{name}")) {
            assertThat(paths.get(path).get("get").get("parameters").findValuesAsText("name"))
                    .as(path)
                    .contains("asOf");
        }
    }
}
