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
