package org.palimpsest.entry.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.entry.live.PresenceLists.nextList;
import static org.palimpsest.entry.live.PresenceLists.users;
import static org.palimpsest.support.StompTestClient.next;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.AppPerClass;
import org.palimpsest.support.RawStompSocket;
import org.palimpsest.support.StompTestClient;

class PresenceExpiryTest extends AppPerClass {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** What docs/api.md promises for a client that negotiated heart-beats and fell silent. */
    private static final Duration SILENCE_LIMIT = Duration.ofSeconds(10);

    @Test
    void aClientThatStopsHeartBeatingWithItsSocketOpenLeavesThePresenceListWithinTenSeconds() {
        String id = EntryTopicTest.create(api, "Battle of Bloody Ridge", "The ridge changed hands.");
        String topic = "/topic/entries/" + id + "/presence";
        try (StompTestClient watcher = StompTestClient.connect(api.base(), "editor2");
                RawStompSocket silent = RawStompSocket.open(api.base())) {
            BlockingQueue<JsonNode> seen = watcher.subscribe(topic);
            assertThat(users(next(seen, WAIT))).isEmpty();

            RawStompSocket.Frame connected = silent.connect("editor1", "1000,1000");
            silent.sendPresence(id, "{\"state\":\"editing\",\"field\":\"body\"}");
            long lastFrame = System.nanoTime();
            assertThat(nextList(seen, List.of("editor1:editing:body"), WAIT)).containsExactly("editor1:editing:body");

            List<String> after = nextList(seen, List.of(), SILENCE_LIMIT.plusSeconds(10));
            Duration silence = Duration.ofNanos(System.nanoTime() - lastFrame);

            assertThat(after).as("the list once the silent client is cut off").isEmpty();
            assertThat(silence)
                    .as(
                            "time from the silent client's last frame to the list without it (server heart-beat %s)",
                            connected.headers().get("heart-beat"))
                    .isLessThanOrEqualTo(SILENCE_LIMIT);
            assertThat(silent.closedWithin(WAIT))
                    .as("the silent client's socket closed")
                    .isTrue();
            assertThat(watcher.isConnected()).isTrue();
        }
    }
}
