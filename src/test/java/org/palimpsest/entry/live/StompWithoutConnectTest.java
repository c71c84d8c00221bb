package org.palimpsest.entry.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.entry.live.PresenceLists.nextList;
import static org.palimpsest.entry.live.PresenceLists.users;
import static org.palimpsest.support.StompTestClient.next;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.AppPerClass;
import org.palimpsest.support.RawStompSocket;
import org.palimpsest.support.StompTestClient;

class StompWithoutConnectTest extends AppPerClass {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** How long a refused client is watched for anything it should not get. */
    private static final Duration QUIET = Duration.ofSeconds(2);

    private static void assertRefused(RawStompSocket socket, String what) {
        RawStompSocket.Frame answer = socket.next(WAIT);
        if (answer != null) {
            assertThat(answer.command()).as("the answer to " + what).isEqualTo("ERROR");
        }
        assertThat(socket.closedWithin(WAIT))
                .as("the socket closed after " + what)
                .isTrue();
    }

    @Test
    void aSendBeforeConnectIsRefusedAndRecordsNothingEvenWhenTheHandshakeWasSignedIn() {
        String id = EntryTopicTest.create(api, "Battle of Heartbreak Ridge", "The ridge was taken in October.");
        String topic = "/topic/entries/" + id + "/presence";
        try (StompTestClient watcher = StompTestClient.connect(api.base(), "editor2")) {
            BlockingQueue<JsonNode> seen = watcher.subscribe(topic);
            assertThat(users(next(seen, WAIT))).isEmpty();

            try (RawStompSocket anonymous = RawStompSocket.open(api.base());
                    RawStompSocket signedIn = RawStompSocket.openSignedInAs(api.base(), "editor1")) {
                anonymous.sendPresence(id, "{\"state\":\"editing\",\"field\":\"body\"}");
                signedIn.sendPresence(id, "{\"state\":\"editing\",\"field\":\"body\"}");
                assertRefused(anonymous, "an anonymous SEND before CONNECT");
                assertRefused(signedIn, "a SEND before CONNECT on a signed-in handshake");
            }
            assertThat(next(seen, QUIET))
                    .as("a presence list pushed for a refused SEND")
                    .isNull();

            try (StompTestClient editor = StompTestClient.connect(api.base(), "editor1")) {
                editor.send("/app/entries/" + id + "/presence", "{\"state\":\"viewing\",\"field\":null}");
                assertThat(nextList(seen, List.of("editor1:viewing"), WAIT)).containsExactly("editor1:viewing");
            }
        }
    }

    @Test
    void aSubscribeBeforeConnectIsRefusedAndGetsNothingWhileTheOthersCarryOn() {
        String id = EntryTopicTest.create(api, "Battle of the Hook", "The Commonwealth division held.");
        try (StompTestClient viewer = StompTestClient.connect(api.base(), null);
                RawStompSocket early = RawStompSocket.open(api.base())) {
            BlockingQueue<JsonNode> topic = viewer.subscribe("/topic/entries/" + id);

            early.send("SUBSCRIBE", Map.of("id", "0", "destination", "/topic/entries/" + id), "");
            assertRefused(early, "a SUBSCRIBE before CONNECT");
            assertThat(EntryTopicTest.revise(api, "editor1", id, 1, Map.of("body", "The division held the Hook."))
                            .status())
                    .isEqualTo(200);

            assertThat(next(topic, WAIT).get("revision").asLong()).isEqualTo(2);
            assertThat(early.next(QUIET)).as("a frame after the refusal").isNull();
            assertThat(viewer.isConnected()).isTrue();
        }
    }
}
