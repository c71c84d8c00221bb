package org.palimpsest.entry.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.palimpsest.support.StompTestClient.next;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.AppPerClass;
import org.palimpsest.support.StompTestClient;
import org.palimpsest.support.UnreadWebSocket;
import org.springframework.messaging.simp.stomp.StompHeaders;

class StompLimitsTest extends AppPerClass {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int MESSAGE_SIZE_LIMIT = 64 * 1024;

    @Test
    void anOversizedFrameGetsAnErrorFrameAndTheOtherClientsCarryOn() {
        String id = EntryTopicTest.create(api, "Battle of Hill 303", "The hill was retaken.");
        try (StompTestClient flooder = StompTestClient.connect(api.base(), "editor1");
                StompTestClient viewer = StompTestClient.connect(api.base(), "editor2")) {
            BlockingQueue<JsonNode> topic = viewer.subscribe("/topic/entries/" + id);

            String huge = "{\"state\":\"viewing\",\"field\":\"" + "x".repeat(MESSAGE_SIZE_LIMIT * 2) + "\"}";
            flooder.send("/app/entries/" + id + "/presence", huge.getBytes(StandardCharsets.UTF_8));

            StompHeaders error = flooder.nextError(WAIT);
            assertThat(error).as("an ERROR frame for the oversized frame").isNotNull();
            assertThat(EntryTopicTest.revise(api, "editor2", id, 1, Map.of("body", "The hill was retaken twice."))
                            .status())
                    .isEqualTo(200);
            JsonNode pushed = next(topic, WAIT);
            assertThat(pushed.get("revision").asLong()).isEqualTo(2);
            assertThat(viewer.isConnected()).isTrue();
        }
    }

    @Test
    void aClientThatNeverReadsIsCutOffAndTheOthersGetEveryPushMeanwhile() throws Exception {
        StringBuilder words = new StringBuilder();
        for (int word = 0; words.length() < 30_000; word++) {
            words.append("word").append(word).append(word % 12 == 11 ? ".\n\n" : " ");
        }
        String body = words.toString();
        String id = EntryTopicTest.create(api, "Battle of the Imjin River", body);
        try (StompTestClient viewer = StompTestClient.connect(api.base(), null);
                UnreadWebSocket stuck = UnreadWebSocket.subscribe(api.base(), "/topic/entries/" + id)) {
            BlockingQueue<JsonNode> topic = viewer.subscribe("/topic/entries/" + id);
            long slowest = 0;
            for (int revision = 2; revision <= 250; revision++) {
                body = body.replaceFirst("word" + revision + "(?=[ .])", "changed" + revision);
                long start = System.nanoTime();
                assertThat(EntryTopicTest.revise(api, "editor1", id, revision - 1, Map.of("body", body))
                                .status())
                        .isEqualTo(200);
                JsonNode pushed = next(topic, WAIT);
                slowest = Math.max(slowest, System.nanoTime() - start);
                assertThat(pushed).as("push of revision " + revision).isNotNull();
                assertThat(pushed.get("revision").asLong()).isEqualTo(revision);
            }

            assertThat(stuck.closedByServerWithin(Duration.ofSeconds(30)))
                    .as("the server cut the client that never read")
                    .isTrue();
            assertThat(Duration.ofNanos(slowest))
                    .as("the slowest revise-to-push of the client that reads")
                    .isLessThan(Duration.ofSeconds(2));
            assertThat(viewer.isConnected()).isTrue();
        }
    }

    @Test
    void aFloodOfFramesIsCutOffAndDoesNotDelayThePushesToTheOthers() throws InterruptedException {
        String id = EntryTopicTest.create(api, "Battle of Unsan", "The regiment was surrounded.");
        try (StompTestClient flooder = StompTestClient.connect(api.base(), "editor1");
                StompTestClient viewer = StompTestClient.connect(api.base(), null)) {
            BlockingQueue<JsonNode> topic = viewer.subscribe("/topic/entries/" + id);
            for (int frame = 0; frame < 5_000 && flooder.isConnected(); frame++) {
                try {
                    flooder.send(
                            "/app/entries/" + id + "/presence",
                            frame % 2 == 0
                                    ? "{\"state\":\"viewing\",\"field\":null}"
                                    : "{\"state\":\"editing\",\"field\":\"body\"}");
                } catch (RuntimeException closedMeanwhile) {
                    break;
                }
            }
            long start = System.nanoTime();
            assertThat(EntryTopicTest.revise(api, "editor2", id, 1, Map.of("body", "The regiment broke out."))
                            .status())
                    .isEqualTo(200);
            JsonNode pushed = next(topic, WAIT);
            assertThat(pushed).as("the push during the flood").isNotNull();
            assertThat(pushed.get("revision").asLong()).isEqualTo(2);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

            StompHeaders error = flooder.nextError(WAIT);
            assertThat(error).as("the flooder is told why").isNotNull();
            assertThat(error.getFirst("message")).contains("frames a second");
            long waitUntil = System.nanoTime() + WAIT.toNanos();
            while (flooder.isConnected() && System.nanoTime() < waitUntil) {
                Thread.sleep(10);
            }
            assertThat(flooder.isConnected()).as("the flooder is cut off").isFalse();
            assertThat(viewer.isConnected()).isTrue();
        }
    }

    @Test
    void aClientWithinTheAverageRateIsNeverCutOff() throws InterruptedException {
        String id = EntryTopicTest.create(api, "Battle of Chipyong-ni", "The French battalion held.");
        try (StompTestClient editor = StompTestClient.connect(api.base(), "editor1");
                StompTestClient viewer = StompTestClient.connect(api.base(), null)) {
            BlockingQueue<JsonNode> presence = viewer.subscribe("/topic/entries/" + id + "/presence");
            for (int frame = 0; frame < 150; frame++) {
                editor.send(
                        "/app/entries/" + id + "/presence",
                        frame % 2 == 0
                                ? "{\"state\":\"viewing\",\"field\":null}"
                                : "{\"state\":\"editing\",\"field\":\"body\"}");
                Thread.sleep(20);
            }
            assertThat(editor.nextError(Duration.ofMillis(500))).isNull();
            assertThat(editor.isConnected()).isTrue();
            JsonNode last = null;
            for (JsonNode list = next(presence, WAIT); list != null; list = next(presence, Duration.ofMillis(500))) {
                last = list;
            }
            assertThat(last.toString()).contains("\"state\":\"editing\"");
        }
    }

    @Test
    void connectSignsInWithLoginAndPasscodeOrBasicAndRefusesWrongCredentials() {
        StompHeaders basic = new StompHeaders();
        basic.set(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("editor1:editor1".getBytes(StandardCharsets.UTF_8)));
        try (StompTestClient signedIn = StompTestClient.connectWith(api.base(), basic)) {
            assertThat(signedIn.isConnected()).isTrue();
        }
        StompHeaders wrong = new StompHeaders();
        wrong.setLogin("editor1");
        wrong.setPasscode("not-the-password");
        assertThatThrownBy(() -> StompTestClient.connectWith(api.base(), wrong))
                .isInstanceOf(IllegalStateException.class);
        StompHeaders bearer = new StompHeaders();
        bearer.set("Authorization", "Bearer abc");
        assertThatThrownBy(() -> StompTestClient.connectWith(api.base(), bearer))
                .isInstanceOf(IllegalStateException.class);
    }
}
