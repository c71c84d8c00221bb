package org.palimpsest.entry.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.palimpsest.entry.live.PresenceLists.nextList;
import static org.palimpsest.entry.live.PresenceLists.users;
import static org.palimpsest.support.StompTestClient.next;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.support.Api;
import org.palimpsest.support.RawStompSocket;
import org.palimpsest.support.RunningApp;
import org.palimpsest.support.StompTestClient;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompBrokerRelayMessageHandler;

/**
 * The app with {@code palimpsest.stomp.relay.host} set and nothing else changed, against the machine's RabbitMQ with
 * its STOMP plugin ({@code .ci/run} enables it); skipped when nothing listens on its port.
 */
class BrokerRelayTest {

    private static final String HOST = "127.0.0.1";
    private static final int PORT = 61613;
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path dataDir;

    private static RunningApp app;
    private static Api api;

    private static boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @BeforeAll
    static void startAppOnTheRelay() throws InterruptedException {
        assumeThat(listening())
                .as("nothing listens on %s:%d: RabbitMQ with rabbitmq_stomp enabled is needed", HOST, PORT)
                .isTrue();
        app = RunningApp.embedded(dataDir, "--palimpsest.stomp.relay.host=" + HOST);
        api = app.api();
        StompBrokerRelayMessageHandler relay = app.bean(StompBrokerRelayMessageHandler.class);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!relay.isBrokerAvailable() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(relay.isBrokerAvailable()).as("the relay reached the broker").isTrue();
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theTopicsGoThroughTheRelayNotASimpleBroker() {
        assertThat(app.beans(StompBrokerRelayMessageHandler.class)).hasSize(1);
        assertThat(app.beans(SimpleBrokerMessageHandler.class)).isEmpty();
    }

    @Test
    void twoClientsGetARevisionARecentChangeAndPresenceThroughTheRelay() {
        String id = EntryTopicTest.create(api, "Battle of Kapyong", "The brigade held the valley.");
        String presence = "/topic/entries/" + id + "/presence";
        try (StompTestClient one = StompTestClient.connect(api.base(), "editor1");
                StompTestClient two = StompTestClient.connect(api.base(), "editor2")) {
            BlockingQueue<JsonNode> revisionsOfOne = one.subscribe("/topic/entries/" + id);
            BlockingQueue<JsonNode> revisionsOfTwo = two.subscribe("/topic/entries/" + id);
            BlockingQueue<JsonNode> presenceOfOne = one.subscribe(presence);
            BlockingQueue<JsonNode> presenceOfTwo = two.subscribe(presence);
            BlockingQueue<JsonNode> recentChanges = two.subscribe("/topic/recent-changes");
            assertThat(users(next(presenceOfOne, WAIT))).isEmpty();
            assertThat(users(next(presenceOfTwo, WAIT))).isEmpty();

            assertThat(EntryTopicTest.revise(
                                    api, "editor2", id, 1, Map.of("body", "The brigade held the Kapyong valley."))
                            .status())
                    .isEqualTo(200);
            one.send("/app/entries/" + id + "/presence", "{\"state\":\"editing\",\"field\":\"body\"}");

            for (BlockingQueue<JsonNode> revisions : List.of(revisionsOfOne, revisionsOfTwo)) {
                JsonNode revised = next(revisions, WAIT);
                assertThat(revised).as("a revision through the relay").isNotNull();
                assertThat(revised.get("entryId").asText()).isEqualTo(id);
                assertThat(revised.get("revision").asLong()).isEqualTo(2);
                assertThat(revised.get("author").asText()).isEqualTo("editor2");
            }
            JsonNode change = next(recentChanges, WAIT);
            while (change != null && change.get("revision").get("new").asLong() < 2) {
                change = next(recentChanges, WAIT); // the entry's creation, if its push came after the subscription
            }
            assertThat(change).as("a recent change through the relay").isNotNull();
            assertThat(change.get("entry").asText()).isEqualTo(id);
            assertThat(change.get("revision").get("new").asLong()).isEqualTo(2);
            for (BlockingQueue<JsonNode> lists : List.of(presenceOfOne, presenceOfTwo)) {
                assertThat(nextList(lists, List.of("editor1:editing:body"), WAIT))
                        .containsExactly("editor1:editing:body");
            }
        }
    }

    @Test
    void aClientThatNamesItsHostAsBrowsersDoConnectsThroughTheRelay() {
        try (RawStompSocket browserLike = RawStompSocket.open(api.base())) {
            RawStompSocket.Frame connected = browserLike.connect("editor1", "0,0", Map.of("host", "localhost"));

            assertThat(connected.command()).isEqualTo("CONNECTED");
        }
    }
}
