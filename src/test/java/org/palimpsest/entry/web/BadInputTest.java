package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;

/** Every bad request gets a 4xx problem+json that says what was wrong, and records nothing. */
class BadInputTest extends AppPerClass {

    static final String ID = "battle-of-inchon";
    JsonNode before;

    @BeforeAll
    static void createTheEntryEveryTestTriesToBreak() {
        Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of(
                        "title",
                        "Battle of Inchon",
                        "timeline",
                        "Korean War",
                        "date",
                        "1950 Sep 15",
                        "body",
                        "Landing.")));
        assertThat(created.status()).isEqualTo(201);
    }

    @BeforeEach
    void remember() {
        before = state();
    }

    @AfterEach
    void nothingWasRecorded() {
        assertThat(state()).isEqualTo(before);
        assertThat(api.get("/api/entries?size=1000").json().get("totalElements").asLong())
                .isEqualTo(1);
    }

    private static JsonNode state() {
        return api.get("/api/entries/" + ID + "/revisions").json();
    }

    private static void assertProblem(Response response, int status, String detailPart) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.json().get("detail").asText()).containsIgnoringCase(detailPart);
    }

    private static Response revise(String json) {
        return api.put("/api/entries/" + ID, "editor1", json);
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(revise("{\"baseRevision\": 1, \"changes\": {\"body\": \"x\""), 400, "end-of-input");
    }

    @Test
    void aWrongTypeIs400NamingTheField() {
        assertProblem(revise("{\"baseRevision\": \"one\", \"changes\": {\"body\": \"x\"}}"), 400, "baseRevision");
        assertProblem(revise("{\"baseRevision\": 1, \"changes\": {\"body\": 5}}"), 400, "changes.body");
        assertProblem(revise("{\"baseRevision\": 1, \"changes\": {\"location\": \"Seoul\"}}"), 400, "changes.location");
    }

    @Test
    void anUnknownFieldInChangesIs400NamingIt() {
        assertProblem(revise("{\"baseRevision\": 1, \"changes\": {\"bodyText\": \"x\"}}"), 400, "bodyText");
    }

    @Test
    void anUnknownTopLevelFieldIs400NamingIt() {
        assertProblem(revise("{\"baseRevision\": 1, \"changes\": {\"body\": \"x\"}, \"revison\": 2}"), 400, "revison");
    }

    @Test
    void aMissingBaseRevisionIs400() {
        assertProblem(revise("{\"changes\": {\"body\": \"x\"}}"), 400, "baseRevision");
    }

    @Test
    void aBaseRevisionBelowOneIs400WhetherInTheBodyOrInIfMatch() {
        assertProblem(revise("{\"baseRevision\": -1, \"changes\": {\"body\": \"x\"}}"), 400, "revisions start at 1");
        assertProblem(revise("{\"baseRevision\": 0, \"changes\": {\"body\": \"x\"}}"), 400, "revisions start at 1");
        assertProblem(
                api.send(
                        "PUT",
                        "/api/entries/" + ID,
                        "editor1",
                        "If-Match",
                        "\"-2\"",
                        "{\"changes\": {\"body\": \"x\"}}"),
                400,
                "revisions start at 1");
    }

    @Test
    void missingChangesIs400() {
        assertProblem(revise("{\"baseRevision\": 1}"), 400, "changes");
    }

    @Test
    void nullingARequiredFieldIs400() {
        assertProblem(revise("{\"baseRevision\": 1, \"changes\": {\"title\": null}}"), 400, "title");
    }

    @Test
    void anUnknownEntryIs404() {
        assertProblem(
                api.put(
                        "/api/entries/no-such-entry",
                        "editor1",
                        "{\"baseRevision\": 1, \"changes\": {\"body\": \"x\"}}"),
                404,
                "no-such-entry");
        assertProblem(api.get("/api/entries/no-such-entry"), 404, "no-such-entry");
        assertProblem(api.get("/api/entries/no-such-entry/revisions"), 404, "no-such-entry");
    }

    @Test
    void anUnknownRevisionIs404() {
        assertProblem(api.get("/api/entries/" + ID + "/revisions/99"), 404, "revision 99");
        assertProblem(api.get("/api/entries/" + ID + "/revisions/0"), 404, "revision 0");
        assertProblem(api.get("/api/entries/" + ID + "/revisions/abc"), 400, "revision");
    }

    @Test
    void anOversizedRequestIs413() {
        String huge = "x".repeat(600_000);
        assertProblem(revise("{\"baseRevision\": 1, \"changes\": {\"body\": \"" + huge + "\"}}"), 413, "limit");
    }

    @Test
    void anOversizedBodyFieldIs422NamingTheLimit() {
        String big = "x".repeat(200_001);
        assertProblem(revise("{\"baseRevision\": 1, \"changes\": {\"body\": \"" + big + "\"}}"), 422, "at most 200000");
    }

    @Test
    void anOversizedTitleIs422() {
        Response refused = revise("{\"baseRevision\": 1, \"changes\": {\"title\": \"" + "t".repeat(301) + "\"}}");
        assertProblem(refused, 422, "title");
        assertThat(refused.json().get("field").asText()).isEqualTo("title");
    }

    @Test
    void aBrokenRuleNamesItsFieldWhetherFoundInTheBodyOrByTheEntry() {
        Response date = revise("{\"baseRevision\": 1, \"changes\": {\"date\": \"1950 Feb 30\"}}");
        assertThat(date.json().get("field").asText()).isEqualTo("date");
        Response lat = revise("{\"baseRevision\": 1, \"changes\": {\"location\": {\"name\": \"Inchon\", \"lat\": 91, "
                + "\"lon\": 126}}}");
        assertProblem(lat, 422, "location.lat");
        assertThat(lat.json().get("field").asText()).isEqualTo("location");
    }

    @Test
    void anImpossibleDateIs422() {
        assertProblem(revise("{\"baseRevision\": 1, \"changes\": {\"date\": \"1950 Feb 30\"}}"), 422, "no day 30");
        assertProblem(
                revise("{\"baseRevision\": 1, \"changes\": {\"date\": {\"year\": 1950, \"month\": 13}}}"),
                422,
                "month 13");
        assertProblem(revise("{\"baseRevision\": 1, \"changes\": {\"date\": \"0\"}}"), 422, "year 0");
    }

    @Test
    void invalidUtf8Is400() {
        byte[] prefix = "{\"baseRevision\": 1, \"changes\": {\"body\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3;
        body[prefix.length + 1] = (byte) 0x28;
        System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);
        assertProblem(api.put("/api/entries/" + ID, "editor1", body), 400, "UTF-8");
    }

    @Test
    void aLoneSurrogateIs422() {
        assertProblem(revise("{\"baseRevision\": 1, \"changes\": {\"body\": \"bad \\ud83d here\"}}"), 422, "surrogate");
    }

    @Test
    void aCreateWithoutTitleOrDateIs422() {
        assertProblem(
                api.post("/api/entries", "editor1", "{\"timeline\": \"Korean War\", \"date\": \"1950\"}"),
                422,
                "title");
        assertProblem(
                api.post("/api/entries", "editor1", "{\"title\": \"T\", \"timeline\": \"Korean War\"}"), 422, "date");
    }

    @Test
    void aBodyThatIsNotJsonIs415Or400() {
        Response text = api.post("/api/entries", "editor1", "text/csv", "a,b".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.isProblem()).isTrue();
        assertProblem(api.post("/api/entries", "editor1", "application/json", new byte[0]), 400, "missing");
    }

    @Test
    void badPagingIs400() {
        assertProblem(api.get("/api/entries?size=0"), 400, "size");
        assertProblem(api.get("/api/entries?page=-1"), 400, "page");
        assertProblem(api.get("/api/entries/" + ID + "/revisions?size=5000"), 400, "1000");
    }

    @Test
    void anAdminEndpointNeedsTheAdminRole() {
        Response forbidden =
                api.post("/api/admin/projections/articles/reset", "editor1", "application/json", new byte[0]);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.isProblem()).isTrue();
    }
}
