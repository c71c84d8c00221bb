package org.palimpsest.entry.recent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;
import org.palimpsest.support.SseTestClient;
import org.palimpsest.support.StompTestClient;

class RecentChangesApiTest extends AppPerClass {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static String create(String user, String title, String timeline) {
        Response created = api.post(
                "/api/entries",
                user,
                Api.json(Map.of("title", title, "timeline", timeline, "date", "1950 Sep 15", "body", "Begun.")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static Response revise(String user, String id, long base, String body, boolean minor) {
        return api.put(
                "/api/entries/" + id,
                user,
                Api.json(Map.of(
                        "baseRevision", base, "changes", Map.of("body", body), "summary", "body", "minor", minor)));
    }

    private static List<String> entriesOf(JsonNode page) {
        List<String> entries = new ArrayList<>();
        page.get("content")
                .forEach(change -> entries.add(change.get("entry").asText() + "@"
                        + change.get("revision").get("new").asLong()));
        return entries;
    }

    @Test
    void aRestReviseArrivesOnTheTopicTheListingAndTheStream() {
        try (StompTestClient patroller = StompTestClient.connect(api.base(), null);
                SseTestClient stream = SseTestClient.open(api.base() + "/api/recent-changes/stream")) {
            assertThat(stream.status()).isEqualTo(200);
            BlockingQueue<JsonNode> topic = patroller.subscribe("/topic/recent-changes");

            String id = create("editor1", "Inchon Landing", "Korean War");
            assertThat(revise("editor2", id, 1, "Begun on 15 September.", false).status())
                    .isEqualTo(200);

            JsonNode created = StompTestClient.next(topic, WAIT);
            JsonNode revised = StompTestClient.next(topic, WAIT);
            assertThat(created.get("type").asText()).isEqualTo("new");
            assertThat(created.get("entry").asText()).isEqualTo(id);
            assertThat(created.get("revision").get("old").isNull()).isTrue();
            assertThat(revised.get("type").asText()).isEqualTo("edit");
            assertThat(revised.get("user").asText()).isEqualTo("editor2");
            assertThat(revised.get("title").asText()).isEqualTo("Inchon Landing");
            assertThat(revised.get("timeline").asText()).isEqualTo("Korean War");
            assertThat(revised.get("comment").asText()).isEqualTo("body");
            assertThat(revised.get("revision").get("old").asLong()).isEqualTo(1);
            assertThat(revised.get("revision").get("new").asLong()).isEqualTo(2);
            assertThat(revised.get("length").get("new").asLong()
                            - revised.get("length").get("old").asLong())
                    .isEqualTo("Begun on 15 September.".length() - "Begun.".length());
            assertThat(revised.get("id").asLong()).isEqualTo(created.get("id").asLong() + 1);

            SseTestClient.Event first = stream.next(WAIT);
            SseTestClient.Event second = stream.next(WAIT);
            assertThat(first.data()).isEqualTo(created);
            assertThat(second.data()).isEqualTo(revised);
            assertThat(second.id()).isEqualTo(revised.get("id").asText());

            JsonNode newest = api.get("/api/recent-changes?size=1").json();
            assertThat(newest.get("content").get(0)).isEqualTo(revised);
        }
    }

    @Test
    void theListingIsNewestFirstAndFiltersByAuthorTimelineKindMinorAndSince() {
        String a = create("editor1", "Battle of Kapyong", "Korean War filters");
        String b = create("editor2", "Battle of Cannae", "Punic Wars filters");
        long before = api.get("/api/recent-changes?size=1")
                .json()
                .get("content")
                .get(0)
                .get("id")
                .asLong();
        revise("editor2", a, 1, "Begun at dawn.", true);
        revise("editor1", b, 1, "Begun at noon.", false);

        JsonNode all = api.get("/api/recent-changes?size=4").json();
        assertThat(entriesOf(all)).containsExactly(b + "@2", a + "@2", b + "@1", a + "@1");
        assertThat(entriesOf(api.get("/api/recent-changes?author=editor2&timeline=Korean%20War%20filters")
                        .json()))
                .containsExactly(a + "@2");
        assertThat(entriesOf(api.get("/api/recent-changes?timeline=Punic%20Wars%20filters&kind=create")
                        .json()))
                .containsExactly(b + "@1");
        assertThat(entriesOf(api.get("/api/recent-changes?minor=true").json())).containsExactly(a + "@2");
        assertThat(entriesOf(api.get("/api/recent-changes?since=" + before).json()))
                .containsExactly(b + "@2", a + "@2");
        String at = all.get("content").get(1).get("timestamp").asText();
        assertThat(entriesOf(api.get("/api/recent-changes?timeline=Korean%20War%20filters&since=" + at)
                        .json()))
                .containsExactly(a + "@2");
        JsonNode paged =
                api.get("/api/recent-changes?author=editor1&page=1&size=1").json();
        assertThat(paged.get("page").asInt()).isEqualTo(1);
        assertThat(paged.get("content")).hasSize(1);
        assertThat(paged.get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void badFiltersAndAStreamIdThatIsNotOursAreProblems() {
        for (String query : List.of("kind=REVERT", "since=yesterday", "size=0", "page=-1", "minor=perhaps")) {
            Response answer = api.get("/api/recent-changes?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.isProblem()).as(query).isTrue();
        }
        for (String lastEventId : List.of("abc", "-1", "999999999")) {
            Response answer = api.get("/api/recent-changes/stream", "Last-Event-ID", lastEventId);
            assertThat(answer.status()).as(lastEventId).isEqualTo(400);
            assertThat(answer.isProblem()).as(lastEventId).isTrue();
        }
    }
}
