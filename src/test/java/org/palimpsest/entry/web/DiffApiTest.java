package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;

/** {@code GET /api/entries/{id}/diff}: how two revisions differ, field by field. */
class DiffApiTest extends AppPerClass {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PUSAN = "The Pusan Perimeter held through August.";
    private static final String LANDING = "The landing at Inchon began on 15 September.";
    private static final String SEOUL = "Seoul was retaken on 28 September.";
    private static final String PUSAN_EDITED = "The Pusan Perimeter held through August and early September.";

    private static String id;

    @BeforeAll
    static void anEntryRevisedInTitleDateAndBody() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("title", "Inchon Landing");
        entry.put("timeline", "Korean War");
        entry.put("date", "1950 Apr 1");
        entry.put("body", String.join("\n\n", PUSAN, LANDING, SEOUL));
        Response created = api.post("/api/entries", "editor1", Api.json(entry));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        id = created.json().get("id").asText();
        revise(
                id,
                1,
                Map.of(
                        "title",
                        "Battle of Inchon",
                        "date",
                        "1950 Apr 10",
                        "body",
                        String.join("\n\n", LANDING, SEOUL, PUSAN_EDITED)));
    }

    private static void revise(String entryId, long base, Map<String, Object> changes) {
        Response revised = api.put(
                "/api/entries/" + entryId, "editor2", Api.json(Map.of("baseRevision", base, "changes", changes)));
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode field(JsonNode diff, String name) {
        for (JsonNode field : diff.get("fields")) {
            if (field.get("field").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name + " in " + diff);
    }

    private static List<String> fieldNames(JsonNode diff) {
        return diff.get("fields").findValuesAsText("field");
    }

    @Test
    void theDiffShowsTheChangedFieldsInTheModelsOrderAndOnlyThose() {
        Response diff = api.get("/api/entries/" + id + "/diff?from=1&to=2");

        assertThat(diff.status()).as(diff.text()).isEqualTo(200);
        assertThat(diff.json().get("entryId").asText()).isEqualTo(id);
        assertThat(diff.json().get("from").asLong()).isEqualTo(1);
        assertThat(diff.json().get("to").asLong()).isEqualTo(2);
        assertThat(fieldNames(diff.json())).containsExactly("title", "date", "body");
    }

    @Test
    void aRetitlingIsAWordDiff() {
        JsonNode title =
                field(api.get("/api/entries/" + id + "/diff?from=1&to=2").json(), "title");

        assertThat(title).isEqualTo(json("""
                        {"field": "title", "kind": "text", "ops": [
                          {"op": "insert", "text": "Battle of "},
                          {"op": "equal", "text": "Inchon"},
                          {"op": "delete", "text": " Landing"}]}"""));
    }

    @Test
    void aNewDateIsAValueWithBothDatesAndASummary() {
        JsonNode date =
                field(api.get("/api/entries/" + id + "/diff?from=1&to=2").json(), "date");

        assertThat(date.get("kind").asText()).isEqualTo("value");
        assertThat(date.get("before").get("display").asText()).isEqualTo("1950 Apr 1");
        assertThat(date.get("after").get("display").asText()).isEqualTo("1950 Apr 10");
        assertThat(date.get("summary").asText()).isEqualTo("date: 1950 Apr 1 → 1950 Apr 10");
        assertThat(date.has("added")).isFalse();
    }

    @Test
    void aParagraphMovedAndEditedIsOneMoveWithItsWordChanges() {
        JsonNode body =
                field(api.get("/api/entries/" + id + "/diff?from=1&to=2").json(), "body");

        assertThat(body).isEqualTo(json("""
                        {"field": "body", "kind": "text", "paragraphs": [
                          {"op": "equal", "from": 1, "to": 0, "text": "The landing at Inchon began on 15 September."},
                          {"op": "equal", "from": 2, "to": 1, "text": "Seoul was retaken on 28 September."},
                          {"op": "move", "from": 0, "to": 2, "changes": [
                            {"op": "equal", "text": "The Pusan Perimeter held through August"},
                            {"op": "insert", "text": " and early September"},
                            {"op": "equal", "text": "."}]}]}"""));
    }

    @Test
    void withoutFromAndToTheDiffIsOfTheNewestRevisionAgainstTheOneBefore() {
        JsonNode diff = api.get("/api/entries/" + id + "/diff").json();

        assertThat(diff.get("from").asLong()).isEqualTo(1);
        assertThat(diff.get("to").asLong()).isEqualTo(2);
        assertThat(diff.get("fields"))
                .isEqualTo(api.get("/api/entries/" + id + "/diff?from=1&to=2")
                        .json()
                        .get("fields"));
        assertThat(api.get("/api/entries/" + id + "/diff?to=2")
                        .json()
                        .get("from")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aDiffFromTheNewerToTheOlderRevisionShowsTheEditUndone() {
        JsonNode diff = api.get("/api/entries/" + id + "/diff?from=2&to=1").json();

        assertThat(diff.get("from").asLong()).isEqualTo(2);
        assertThat(diff.get("to").asLong()).isEqualTo(1);
        assertThat(field(diff, "title").get("ops")).isEqualTo(json("""
                        [{"op": "delete", "text": "Battle of Inchon"}, {"op": "insert", "text": "Inchon Landing"}]"""));
        assertThat(field(diff, "date").get("summary").asText()).isEqualTo("date: 1950 Apr 10 → 1950 Apr 1");
        assertThat(field(diff, "body").get("paragraphs").get(0)).isEqualTo(json("""
                        {"op": "move", "from": 2, "to": 0, "changes": [
                          {"op": "equal", "text": "The Pusan Perimeter held through August"},
                          {"op": "delete", "text": " and early September"},
                          {"op": "equal", "text": "."}]}"""));
    }

    @Test
    void aRevisionAgainstItselfHasNoFields() {
        Response diff = api.get("/api/entries/" + id + "/diff?from=2&to=2");

        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.json().get("fields")).isEmpty();
    }

    @Test
    void sourcesLocationAndImageAreValuesWithSummaries() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("title", "Battle of Osan");
        entry.put("timeline", "Korean War");
        entry.put("date", "1950 Jul 5");
        entry.put("location", Map.of("name", "Osan"));
        entry.put("image", Map.of("url", "https://example.org/osan.jpg", "caption", "Task Force Smith"));
        entry.put(
                "sources",
                List.of(
                        Map.of("text", "Appleman, South to the Naktong", "url", "https://example.org/appleman"),
                        Map.of("text", "Fehrenbach, This Kind of War"),
                        Map.of("text", "Blair, The Forgotten War")));
        Response created = api.post("/api/entries", "editor1", Api.json(entry));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String osan = created.json().get("id").asText();
        revise(
                osan,
                1,
                Map.of(
                        "location",
                        Map.of("name", "Osan, Korea", "lat", 37.15, "lon", 127.07),
                        "image",
                        Map.of("url", "https://example.org/osan.jpg", "caption", "Task Force Smith, 5 July"),
                        "sources",
                        List.of(
                                Map.of(
                                        "text",
                                        "Appleman, South to the Naktong (1961)",
                                        "url",
                                        "https://example.org/appleman"),
                                Map.of("text", "Blair, The Forgotten War"),
                                Map.of("text", "Hastings, The Korean War"),
                                Map.of("text", "Millett, The War for Korea"))));

        JsonNode diff = api.get("/api/entries/" + osan + "/diff").json();

        assertThat(fieldNames(diff)).containsExactly("location", "image", "sources");
        assertThat(field(diff, "location").get("summary").asText())
                .isEqualTo("location: Osan (no coordinates) → Osan, Korea (37.15, 127.07)");
        assertThat(field(diff, "image").get("summary").asText()).isEqualTo("image: caption changed");
        JsonNode sources = field(diff, "sources");
        assertThat(sources.get("summary").asText()).isEqualTo("sources: 2 added, 1 removed, 1 changed");
        assertThat(sources.get("added")).isEqualTo(json("""
                        [{"text": "Hastings, The Korean War", "url": null},
                         {"text": "Millett, The War for Korea", "url": null}]"""));
        assertThat(sources.get("removed")).isEqualTo(json("""
                        [{"text": "Fehrenbach, This Kind of War", "url": null}]"""));
        assertThat(sources.get("changed")).isEqualTo(json("""
                        [{"before": {"text": "Appleman, South to the Naktong", "url": "https://example.org/appleman"},
                          "after": {"text": "Appleman, South to the Naktong (1961)", "url": "https://example.org/appleman"}}]"""));
        assertThat(sources.get("before")).hasSize(3);
        assertThat(sources.get("after")).hasSize(4);
    }

    @Test
    void coordinatesThatChangeAreInTheLocationSummary() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("title", "Battle of Taejon");
        entry.put("timeline", "Korean War");
        entry.put("date", "1950 Jul 14");
        entry.put("location", Map.of("name", "Taejon", "lat", 36.35, "lon", 127.38));
        Response created = api.post("/api/entries", "editor1", Api.json(entry));
        String taejon = created.json().get("id").asText();
        revise(taejon, 1, Map.of("location", Map.of("name", "Taejon", "lat", 36.33, "lon", 127.43)));

        assertThat(field(api.get("/api/entries/" + taejon + "/diff").json(), "location")
                        .get("summary")
                        .asText())
                .isEqualTo("location: Taejon (36.35, 127.38) → Taejon (36.33, 127.43)");
    }

    @Test
    void anUnknownEntryIs404() {
        Response diff = api.get("/api/entries/no-such-entry/diff?from=1&to=2");

        assertThat(diff.status()).isEqualTo(404);
        assertThat(diff.isProblem()).isTrue();
        assertThat(diff.json().get("detail").asText()).isEqualTo("no entry with id 'no-such-entry'");
    }

    @Test
    void anUnknownRevisionIs404() {
        Response diff = api.get("/api/entries/" + id + "/diff?from=1&to=3");

        assertThat(diff.status()).isEqualTo(404);
        assertThat(diff.isProblem()).isTrue();
        assertThat(diff.json().get("detail").asText()).isEqualTo("entry '" + id + "' has no revision 3");
    }

    @Test
    void aRevisionThatIsNoNumberOrBelowOneIs400() {
        for (String query : List.of("from=abc&to=2", "from=1&to=x", "from=0&to=2", "to=-1")) {
            Response diff = api.get("/api/entries/" + id + "/diff?" + query);

            assertThat(diff.status()).as(query).isEqualTo(400);
            assertThat(diff.isProblem()).as(query).isTrue();
        }
        assertThat(api.get("/api/entries/" + id + "/diff?from=0&to=2")
                        .json()
                        .get("detail")
                        .asText())
                .isEqualTo("from: 0 is not a revision (revisions start at 1)");
    }

    @Test
    void asHtmlEachFieldIsAnInlineAndASideBySideFragmentWithItsTextsEscaped() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("title", "Battle of <i>Naktong</i>");
        entry.put("timeline", "Korean War");
        entry.put("date", "1950 Aug 5");
        entry.put("body", "First & foremost.");
        Response created = api.post("/api/entries", "editor1", Api.json(entry));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String naktong = created.json().get("id").asText();
        revise(naktong, 1, Map.of("body", "First & foremost.\n\n<script>alert('x')</script>", "date", "1950 Aug 6"));

        Response diff = api.get("/api/entries/" + naktong + "/diff?format=html");

        assertThat(diff.status()).as(diff.text()).isEqualTo(200);
        assertThat(diff.json().get("from").asLong()).isEqualTo(1);
        assertThat(diff.json().get("to").asLong()).isEqualTo(2);
        assertThat(diff.json().get("fields")).isEqualTo(json("""
                        [{"field": "date", "kind": "value",
                          "inline": "<div class=\\"diff-inline\\"><p>date: 1950 Aug 5 → 1950 Aug 6</p></div>",
                          "sideBySide": "<div class=\\"diff-inline\\"><p>date: 1950 Aug 5 → 1950 Aug 6</p></div>"},
                         {"field": "body", "kind": "text",
                          "inline": "<div class=\\"diff-inline\\"><p>First &amp; foremost.</p><p class=\\"diff-inserted\\"><ins>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</ins></p></div>",
                          "sideBySide": "<table class=\\"diff\\"><tr class=\\"diff-equal\\"><td>First &amp; foremost.</td><td>First &amp; foremost.</td></tr><tr class=\\"diff-inserted\\"><td></td><td><ins>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</ins></td></tr></table>"}]"""));
        assertThat(diff.text()).doesNotContain("<script>");
    }

    @Test
    void aFormatOtherThanJsonOrHtmlIs400() {
        Response diff = api.get("/api/entries/" + id + "/diff?format=xml");

        assertThat(diff.status()).isEqualTo(400);
        assertThat(diff.json().get("detail").asText()).isEqualTo("format: 'xml' is neither json nor html");
    }
}
