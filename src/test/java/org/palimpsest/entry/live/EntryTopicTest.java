package org.palimpsest.entry.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.support.StompTestClient.next;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;
import org.palimpsest.support.StompTestClient;

class EntryTopicTest extends AppPerClass {

    private static final Duration WAIT = Duration.ofSeconds(10);

    static String create(Api api, String title, String body) {
        Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of("title", title, "timeline", "Korean War", "date", "1950 Jun 25", "body", body)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    static Response revise(Api api, String user, String id, long base, Map<String, Object> changes) {
        return api.put("/api/entries/" + id, user, Api.json(Map.of("baseRevision", base, "changes", changes)));
    }

    @Test
    void aRestReviseArrivesOnTheEntryTopicWithItsHistoryLineAndDiff() {
        String id = create(api, "Battle of Osan", "Task Force Smith held for hours.");
        try (StompTestClient viewer = StompTestClient.connect(api.base(), null)) {
            BlockingQueue<JsonNode> topic = viewer.subscribe("/topic/entries/" + id);

            Response revised = api.put(
                    "/api/entries/" + id,
                    "editor2",
                    Api.json(Map.of(
                            "baseRevision",
                            1,
                            "changes",
                            Map.of("body", "Task Force Smith held for seven hours."),
                            "summary",
                            "how long",
                            "minor",
                            true)));
            assertThat(revised.status()).as(revised.text()).isEqualTo(200);

            JsonNode message = next(topic, WAIT);
            assertThat(message).as("no push within " + WAIT).isNotNull();
            assertThat(message.get("type").asText()).isEqualTo("revised");
            assertThat(message.get("entryId").asText()).isEqualTo(id);
            assertThat(message.get("revision").asLong()).isEqualTo(2);
            assertThat(message.get("kind").asText()).isEqualTo("EDIT");
            assertThat(message.get("author").asText()).isEqualTo("editor2");
            assertThat(message.get("summary").asText()).isEqualTo("how long");
            assertThat(message.get("minor").asBoolean()).isTrue();
            assertThat(message.get("timestamp").asText()).isNotBlank();
            assertThat(message.get("changedFields")).hasSize(1);
            assertThat(message.get("changedFields").get(0).asText()).isEqualTo("body");
            assertThat(message.get("sizeDelta").asInt()).isEqualTo(" seven".length());
            JsonNode diff = message.get("diff");
            assertThat(diff.get("from").asLong()).isEqualTo(1);
            assertThat(diff.get("to").asLong()).isEqualTo(2);
            assertThat(diff)
                    .isEqualTo(
                            api.get("/api/entries/" + id + "/diff?from=1&to=2").json());
        }
    }

    @Test
    void aRevisionIsPushedTheSameWayHoweverItWasMade() {
        String id = "battle-of-pohang";
        try (StompTestClient viewer = StompTestClient.connect(api.base(), null)) {
            BlockingQueue<JsonNode> topic = viewer.subscribe("/topic/entries/" + id);
            String page = String.join(
                    "\n",
                    "Korean War",
                    "",
                    "Battle of Pohang",
                    "Marines landing near Pohang. ©US Army",
                    "1950 Aug 5",
                    "",
                    "Battle of Pohang",
                    "",
                    "Pohang, South Korea",
                    "",
                    "The port was held.",
                    "",
                    "Reinforcements came by sea.",
                    "",
                    "Last Updated: Mon Jan 02 2023",
                    "",
                    "HistoryMaps Shop",
                    "");
            Response imported =
                    api.post("/api/imports", "editor1", "text/plain", page.getBytes(StandardCharsets.UTF_8));
            assertThat(imported.status()).as(imported.text()).isEqualTo(201);
            assertThat(imported.json().get("id").asText()).isEqualTo(id);
            String body = "The port was held.\n\nReinforcements came by sea.";
            assertThat(revise(api, "editor2", id, 1, Map.of("body", body.replace("held", "held for weeks")))
                            .status())
                    .isEqualTo(200);
            Response merged = revise(api, "editor1", id, 1, Map.of("date", "1950 Aug 10"));
            assertThat(merged.json().get("merged").asBoolean())
                    .as(merged.text())
                    .isTrue();
            assertThat(api.post("/api/entries/" + id + "/revisions/2/undo", "reviewer", "")
                            .status())
                    .isEqualTo(200);
            assertThat(revise(api, "editor2", id, 4, Map.of("body", body + " Vandal."))
                            .status())
                    .isEqualTo(200);
            assertThat(api.post("/api/entries/" + id + "/rollback", "reviewer", Api.json(Map.of("author", "editor2")))
                            .status())
                    .isEqualTo(200);
            assertThat(api.post("/api/entries/" + id + "/restore", "reviewer", Api.json(Map.of("revision", 1)))
                            .status())
                    .isEqualTo(200);

            List<String> kinds = List.of("IMPORT", "EDIT", "MERGE", "UNDO", "EDIT", "ROLLBACK", "RESTORE");
            for (int revision = 1; revision <= kinds.size(); revision++) {
                JsonNode message = next(topic, WAIT);
                assertThat(message).as("no push of revision " + revision).isNotNull();
                assertThat(message.get("revision").asLong()).isEqualTo(revision);
                assertThat(message.get("kind").asText()).isEqualTo(kinds.get(revision - 1));
                if (revision > 1) {
                    assertThat(message.get("diff"))
                            .isEqualTo(
                                    api.get("/api/entries/" + id + "/diff?from=" + (revision - 1) + "&to=" + revision)
                                            .json());
                }
            }
        }
    }

    /** Nobody listened to revisions 2 and 3: they were not pushed, and the push of revision 4 diffs against 3. */
    @Test
    void revisionsNobodyListenedToLeaveTheNextPushItsDiffAgainstTheRevisionBefore() {
        String id = create(api, "Battle of the Imjin River", "The Glosters held the ford.");
        assertThat(revise(api, "editor1", id, 1, Map.of("body", "The Glosters held the ford for three days."))
                        .status())
                .isEqualTo(200);
        assertThat(revise(api, "editor2", id, 2, Map.of("title", "Battle of the Imjin"))
                        .status())
                .isEqualTo(200);
        try (StompTestClient viewer = StompTestClient.connect(api.base(), null)) {
            BlockingQueue<JsonNode> topic = viewer.subscribe("/topic/entries/" + id);

            assertThat(revise(api, "editor1", id, 3, Map.of("body", "The Glosters held the Imjin ford for three days."))
                            .status())
                    .isEqualTo(200);

            JsonNode message = next(topic, WAIT);
            assertThat(message).as("no push within " + WAIT).isNotNull();
            assertThat(message.get("revision").asLong()).isEqualTo(4);
            assertThat(message.get("diff"))
                    .isEqualTo(
                            api.get("/api/entries/" + id + "/diff?from=3&to=4").json());
            assertThat(topic).isEmpty();
        }
    }

    @Test
    void twoEditorsOnOneEntrySeeEachOthersRevisionsInOrder() {
        String id = create(api, "Battle of Chosin Reservoir", "The cold was severe.");
        try (StompTestClient one = StompTestClient.connect(api.base(), "editor1");
                StompTestClient two = StompTestClient.connect(api.base(), "editor2")) {
            BlockingQueue<JsonNode> seenByOne = one.subscribe("/topic/entries/" + id);
            BlockingQueue<JsonNode> seenByTwo = two.subscribe("/topic/entries/" + id);

            assertThat(revise(api, "editor1", id, 1, Map.of("title", "Chosin Reservoir"))
                            .status())
                    .isEqualTo(200);
            assertThat(revise(api, "editor2", id, 2, Map.of("body", "The cold was very severe."))
                            .status())
                    .isEqualTo(200);

            for (BlockingQueue<JsonNode> seen : List.of(seenByOne, seenByTwo)) {
                JsonNode first = next(seen, WAIT);
                JsonNode second = next(seen, WAIT);
                assertThat(first.get("revision").asLong()).isEqualTo(2);
                assertThat(first.get("author").asText()).isEqualTo("editor1");
                assertThat(first.get("changedFields").get(0).asText()).isEqualTo("title");
                assertThat(second.get("revision").asLong()).isEqualTo(3);
                assertThat(second.get("author").asText()).isEqualTo("editor2");
            }
        }
    }

    @Test
    void aRefusedReviseIsNeverPushed() {
        String id = create(api, "Battle of Pork Chop Hill", "The hill was held.");
        try (StompTestClient viewer = StompTestClient.connect(api.base(), null)) {
            BlockingQueue<JsonNode> topic = viewer.subscribe("/topic/entries/" + id);

            Response ahead = revise(api, "editor1", id, 5, Map.of("body", "The hill was lost."));
            Response nothing = revise(api, "editor1", id, 1, Map.of("body", "The hill was held."));
            Response invalid = revise(api, "editor1", id, 1, Map.of("title", ""));
            assertThat(ahead.status()).isEqualTo(409);
            assertThat(nothing.status()).isEqualTo(422);
            assertThat(invalid.status()).isEqualTo(422);
            assertThat(revise(api, "editor1", id, 1, Map.of("body", "The hill was held at last."))
                            .status())
                    .isEqualTo(200);

            JsonNode first = next(topic, WAIT);
            assertThat(first.get("revision").asLong()).isEqualTo(2);
            assertThat(first.get("diff").get("fields").get(0).get("field").asText())
                    .isEqualTo("body");
            assertThat(topic).isEmpty();
        }
    }

    @Test
    void aWildcardOrMalformedSubscriptionIsRefusedAndGetsNoRevisionOfAnyEntry() {
        String id = create(api, "Battle of Old Baldy", "The outpost changed hands.");
        for (String destination : List.of("/topic/entries/*", "/topic/entries/", "/topic/entries." + id)) {
            try (StompTestClient prober = StompTestClient.connect(api.base(), null);
                    StompTestClient viewer = StompTestClient.connect(api.base(), null)) {
                BlockingQueue<JsonNode> topic = viewer.subscribe("/topic/entries/" + id);
                BlockingQueue<JsonNode> probed = prober.subscribeExpectingError(destination);
                assertThat(prober.nextError(WAIT))
                        .as("an ERROR frame for " + destination)
                        .isNotNull();

                long base = api.get("/api/entries/" + id).json().get("revision").asLong();
                assertThat(revise(api, "editor1", id, base, Map.of("body", "The outpost fell, " + destination))
                                .status())
                        .isEqualTo(200);
                assertThat(next(topic, WAIT).get("revision").asLong()).isEqualTo(base + 1);
                assertThat(next(probed, Duration.ofSeconds(1)))
                        .as("a push to " + destination)
                        .isNull();
            }
        }
    }
}
