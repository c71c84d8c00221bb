package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.entry.web.EntryApiTest.create;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;

class EntryAsOfApiTest extends AppPerClass {

    private static final Duration NANO = Duration.ofNanos(1);

    /** Each revision's recorded time, from the history listing. */
    private static Map<Long, Instant> timestamps(String id) {
        Map<Long, Instant> times = new HashMap<>();
        for (JsonNode revision :
                api.get("/api/entries/" + id + "/revisions").json().get("content")) {
            times.put(
                    revision.get("revision").asLong(),
                    Instant.parse(revision.get("timestamp").asText()));
        }
        return times;
    }

    private static Response asOf(String id, Instant instant) {
        return api.get("/api/entries/" + id + "?asOf=" + instant);
    }

    private static String threeRevisions(String title) {
        String id = create(title, "The siege began in May.");
        Response second = api.put(
                "/api/entries/" + id,
                "editor2",
                "{\"baseRevision\":1,\"changes\":{\"body\":\"The siege began in early May.\"}}");
        Response third =
                api.put("/api/entries/" + id, "editor1", "{\"baseRevision\":2,\"changes\":{\"date\":\"1453 May 29\"}}");
        assertThat(second.status()).as(second.text()).isEqualTo(200);
        assertThat(third.status()).as(third.text()).isEqualTo(200);
        return id;
    }

    @Test
    void anEntryAsOfAnInstantIsTheRevisionCurrentThenInTheShapeOfTheCurrentEntry() {
        String id = threeRevisions("Fall of Constantinople");
        Map<Long, Instant> at = timestamps(id);

        Response atFirst = asOf(id, at.get(1L));
        Response betweenFirstAndSecond = asOf(id, at.get(2L).minus(NANO));
        Response atSecond = asOf(id, at.get(2L));
        Response betweenSecondAndThird = asOf(id, at.get(3L).minus(NANO));

        assertThat(atFirst.status()).as(atFirst.text()).isEqualTo(200);
        JsonNode first = atFirst.json();
        assertThat(first.get("id").asText()).isEqualTo(id);
        assertThat(first.get("revision").asLong()).isEqualTo(1);
        assertThat(first.get("body").asText()).isEqualTo("The siege began in May.");
        assertThat(first.get("title").asText()).isEqualTo("Fall of Constantinople");
        assertThat(first.get("createdBy").asText()).isEqualTo("editor1");
        assertThat(first.get("updatedBy").asText()).isEqualTo("editor1");
        assertThat(Instant.parse(first.get("updatedAt").asText())).isEqualTo(at.get(1L));
        assertThat(betweenFirstAndSecond.json()).isEqualTo(first);

        JsonNode second = atSecond.json();
        assertThat(second.get("revision").asLong()).isEqualTo(2);
        assertThat(second.get("body").asText()).isEqualTo("The siege began in early May.");
        assertThat(second.get("date")).isEqualTo(first.get("date"));
        assertThat(second.get("createdBy").asText()).isEqualTo("editor1");
        assertThat(Instant.parse(second.get("createdAt").asText())).isEqualTo(at.get(1L));
        assertThat(second.get("updatedBy").asText()).isEqualTo("editor2");
        assertThat(Instant.parse(second.get("updatedAt").asText())).isEqualTo(at.get(2L));
        assertThat(betweenSecondAndThird.json()).isEqualTo(second);
    }

    @Test
    void anEntryAsOfAnInstantAfterItsNewestRevisionIsTheEntryAsItStandsNow() {
        String id = threeRevisions("Siege of Rhodes");
        Map<Long, Instant> at = timestamps(id);
        JsonNode now = api.get("/api/entries/" + id).json();

        Response atThird = asOf(id, at.get(3L));
        Response nextYear = asOf(id, at.get(3L).plus(Duration.ofDays(365)));

        assertThat(atThird.json()).isEqualTo(now);
        assertThat(nextYear.json()).isEqualTo(now);
        assertThat(now.get("revision").asLong()).isEqualTo(3);
        assertThat(now.get("date").get("display").asText()).isEqualTo("1453 May 29");
        assertThat(now.get("updatedBy").asText()).isEqualTo("editor1");
    }

    @Test
    void anEntryAsOfAnInstantBeforeItWasCreatedIsNotFound() {
        String id = create("Siege of Belgrade", "The relief came by the Danube.");
        Instant created = timestamps(id).get(1L);

        Response before = asOf(id, created.minus(NANO));
        Response unknown = api.get("/api/entries/no-such-entry?asOf=" + created);

        assertThat(before.status()).as(before.text()).isEqualTo(404);
        assertThat(before.isProblem()).isTrue();
        assertThat(before.json().get("detail").asText()).contains(id).contains("as of");
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
    }

    @Test
    void anAsOfThatIsNotAnInstantIsABadRequestProblem() {
        String id = create("Siege of Vienna", "The Ottomans withdrew in October.");

        for (String bad : new String[] {"yesterday", "2026-12-01", "2026-13-01T00:00:00Z", "", "1700000000"}) {
            Response answer = api.get("/api/entries/" + id + "?asOf=" + bad);
            assertThat(answer.status()).as(bad + ": " + answer.text()).isEqualTo(400);
            assertThat(answer.isProblem()).as(bad).isTrue();
            assertThat(answer.json().get("detail").asText()).as(bad).contains("asOf");
        }
        Response both = api.get("/api/entries/" + id + "?minRevision=1&asOf=" + Instant.now());
        assertThat(both.status()).as(both.text()).isEqualTo(400);
        assertThat(both.isProblem()).isTrue();
        assertThat(api.get("/api/entries/" + id + "/revisions")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void anAsOfWithAnOffsetIsTheSameInstant() {
        String id = threeRevisions("Siege of Malta");
        Instant second = timestamps(id).get(2L);
        String inParis =
                second.atOffset(java.time.ZoneOffset.ofHours(1)).toString().replace("+", "%2B");

        Response answer = api.get("/api/entries/" + id + "?asOf=" + inParis);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().get("revision").asLong()).isEqualTo(2);
    }
}
