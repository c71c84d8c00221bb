package org.palimpsest.entry.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api;
import org.palimpsest.support.AppPerClass;

class TimelineApiTest extends AppPerClass {

    private static String create(String timeline, String title, String date) {
        var created = api.post(
                "/api/entries", "editor1", Api.json(Map.of("title", title, "timeline", timeline, "date", date)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static List<String> titles(String timeline) {
        return api.get("/api/timelines/" + timeline.replace(" ", "%20")).json().findValuesAsText("title");
    }

    @Test
    void aTimelineListsBceBeforeCeAndCoarserDatesFirstWithinAYearAndTiesByTitle() {
        create("Rome", "Zama", "202 BCE Oct 19");
        create("Rome", "Cannae", "216 BCE Aug 2");
        create("Rome", "Actium", "31 BCE Sep 2");
        create("Rome", "Fall of the West", "476");
        create("Rome", "Year of the Four Emperors", "69");
        create("Rome", "Galba dies", "69 Jan 15");
        create("Rome", "Otho dies", "69 Apr");
        create("Rome", "Beta", "69 Apr 16");
        create("Rome", "Alpha", "69 Apr 16");
        create("Rome", "Trebia", "c. 218 BCE");

        assertThat(titles("Rome"))
                .containsExactly(
                        "Trebia",
                        "Cannae",
                        "Zama",
                        "Actium",
                        "Year of the Four Emperors",
                        "Galba dies",
                        "Otho dies",
                        "Alpha",
                        "Beta",
                        "Fall of the West");
    }

    @Test
    void timelinesListEntryCountsAndSpans() {
        create("Punic Wars", "First", "264 BCE");
        create("Punic Wars", "Last", "149 BCE - 146 BCE");

        JsonNode punic = null;
        for (JsonNode timeline : api.get("/api/timelines").json()) {
            if (timeline.get("name").asText().equals("Punic Wars")) {
                punic = timeline;
            }
        }
        assertThat(punic).isNotNull();
        assertThat(punic.get("entries").asLong()).isEqualTo(2);
        assertThat(punic.get("from").asText()).isEqualTo("264 BCE");
        assertThat(punic.get("to").asText()).isEqualTo("146 BCE");
    }

    @Test
    void theOrderFollowsRedatingRenamingAndMovingEntries() {
        String early = create("Mongols", "Temujin proclaimed", "1206");
        String late = create("Mongols", "Kalka River", "1223 May 31");
        create("Mongols", "Zhongdu falls", "1215");
        assertThat(titles("Mongols")).containsExactly("Temujin proclaimed", "Zhongdu falls", "Kalka River");

        api.put(
                "/api/entries/" + early,
                "editor2",
                "{\"baseRevision\":1,\"changes\":{\"date\":\"1230\",\"title\":\"Late\"}}");
        assertThat(titles("Mongols")).containsExactly("Zhongdu falls", "Kalka River", "Late");

        api.put("/api/entries/" + late, "editor2", "{\"baseRevision\":1,\"changes\":{\"timeline\":\"Rus\"}}");
        assertThat(titles("Mongols")).containsExactly("Zhongdu falls", "Late");
        assertThat(titles("Rus")).containsExactly("Kalka River");
    }

    @Test
    void anUnknownTimelineIs404() {
        var missing = api.get("/api/timelines/Nowhere");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.isProblem()).isTrue();
    }
}
