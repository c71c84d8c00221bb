package org.palimpsest.entry.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.support.StompTestClient.next;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.AppPerClass;
import org.palimpsest.support.StompTestClient;

class PresenceTest extends AppPerClass {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static List<String> users(JsonNode list) {
        return PresenceLists.users(list);
    }

    private static List<String> nextList(BlockingQueue<JsonNode> queue, List<String> expected) {
        return PresenceLists.nextList(queue, expected, WAIT);
    }

    @Test
    void twoEditorsSeeEachOthersPresenceAndANewSubscriberGetsTheListAtOnce() {
        String id = EntryTopicTest.create(api, "Battle of Taejon", "The city fell.");
        String topic = "/topic/entries/" + id + "/presence";
        try (StompTestClient one = StompTestClient.connect(api.base(), "editor1");
                StompTestClient two = StompTestClient.connect(api.base(), "editor2")) {
            BlockingQueue<JsonNode> seenByOne = one.subscribe(topic);
            BlockingQueue<JsonNode> seenByTwo = two.subscribe(topic);
            assertThat(users(next(seenByOne, WAIT))).isEmpty();
            assertThat(users(next(seenByTwo, WAIT))).isEmpty();

            one.send("/app/entries/" + id + "/presence", "{\"state\":\"viewing\",\"field\":null}");
            assertThat(nextList(seenByOne, List.of("editor1:viewing"))).containsExactly("editor1:viewing");
            assertThat(nextList(seenByTwo, List.of("editor1:viewing"))).containsExactly("editor1:viewing");

            two.send("/app/entries/" + id + "/presence", "{\"state\":\"editing\",\"field\":\"body\"}");
            List<String> both = List.of("editor1:viewing", "editor2:editing:body");
            assertThat(nextList(seenByOne, both)).isEqualTo(both);
            assertThat(nextList(seenByTwo, both)).isEqualTo(both);

            try (StompTestClient late = StompTestClient.connect(api.base(), null)) {
                BlockingQueue<JsonNode> seenLate = late.subscribe(topic);
                JsonNode atOnce = next(seenLate, WAIT);
                assertThat(users(atOnce)).isEqualTo(both);
                assertThat(atOnce.get(1).get("since").asText()).isNotBlank();
            }

            two.close();
            assertThat(nextList(seenByOne, List.of("editor1:viewing"))).containsExactly("editor1:viewing");
        }
    }

    @Test
    void aClientCannotBeListedAsSomebodyElse() {
        String id = EntryTopicTest.create(api, "Battle of Pakchon", "The brigade held the river line.");
        String topic = "/topic/entries/" + id + "/presence";
        try (StompTestClient editor = StompTestClient.connect(api.base(), "editor1")) {
            BlockingQueue<JsonNode> seen = editor.subscribe(topic);
            assertThat(users(next(seen, WAIT))).isEmpty();

            editor.send(
                    "/app/entries/" + id + "/presence",
                    "{\"state\":\"editing\",\"field\":\"body\",\"user\":\"admin\"}");
            editor.send("/app/entries/" + id + "/presence", "{\"state\":\"viewing\",\"field\":null}");

            List<String> lists = new ArrayList<>();
            for (JsonNode list = next(seen, WAIT); list != null; list = next(seen, Duration.ofMillis(500))) {
                lists.addAll(users(list));
            }
            assertThat(lists).contains("editor1:viewing").allMatch(user -> user.startsWith("editor1:"));
        }
    }

    @Test
    void anAnonymousClientCannotSendPresenceAndNoOneCanSendToATopic() {
        String id = EntryTopicTest.create(api, "Battle of the Naktong", "The line held.");
        String topic = "/topic/entries/" + id + "/presence";
        try (StompTestClient editor = StompTestClient.connect(api.base(), "editor1");
                StompTestClient anonymous = StompTestClient.connect(api.base(), null)) {
            BlockingQueue<JsonNode> seen = editor.subscribe(topic);
            assertThat(users(next(seen, WAIT))).isEmpty();

            anonymous.send("/app/entries/" + id + "/presence", "{\"state\":\"editing\",\"field\":\"body\"}");
            assertThat(anonymous.nextError(WAIT))
                    .as("an ERROR frame for the anonymous send")
                    .isNotNull();
            editor.send(topic, "[{\"user\":\"editor2\",\"state\":\"editing\",\"field\":null,\"since\":null}]");
            assertThat(editor.nextError(WAIT))
                    .as("an ERROR frame for a send to a topic")
                    .isNotNull();

            try (StompTestClient again = StompTestClient.connect(api.base(), "editor2")) {
                BlockingQueue<JsonNode> seenAgain = again.subscribe(topic);
                again.send("/app/entries/" + id + "/presence", "{\"state\":\"viewing\",\"field\":null}");
                assertThat(users(next(seenAgain, WAIT))).isEmpty();
                assertThat(users(next(seenAgain, WAIT))).containsExactly("editor2:viewing");
            }
        }
    }

    @Test
    void garbageBadStatesUnknownEntriesAndBadDestinationsAreDroppedAndTheServerCarriesOn() {
        String id = EntryTopicTest.create(api, "Battle of Unsan", "The attack came at night.");
        String topic = "/topic/entries/" + id + "/presence";
        try (StompTestClient editor = StompTestClient.connect(api.base(), "editor1");
                StompTestClient other = StompTestClient.connect(api.base(), "editor2")) {
            BlockingQueue<JsonNode> seen = other.subscribe(topic);
            assertThat(users(next(seen, WAIT))).isEmpty();

            editor.send("/app/entries/" + id + "/presence", "{not json");
            editor.send("/app/entries/" + id + "/presence", "{\"state\":\"sleeping\"}");
            editor.send("/app/entries/" + id + "/presence", "{\"state\":\"editing\",\"field\":\"colour\"}");
            editor.send("/app/entries/no-such-entry/presence", "{\"state\":\"viewing\"}");
            editor.send("/app/nowhere", "{}");
            try (StompTestClient prober = StompTestClient.connect(api.base(), null)) {
                prober.subscribeExpectingError("/queue/secrets");
                assertThat(prober.nextError(WAIT))
                        .as("an ERROR frame for an unknown destination")
                        .isNotNull();
            }

            try (StompTestClient fresh = StompTestClient.connect(api.base(), "editor1")) {
                fresh.send("/app/entries/" + id + "/presence", "{\"state\":\"viewing\",\"field\":null}");
                assertThat(nextList(seen, List.of("editor1:viewing"))).containsExactly("editor1:viewing");
            }
        }
    }
}
