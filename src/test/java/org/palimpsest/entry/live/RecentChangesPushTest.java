package org.palimpsest.entry.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.entry.recent.RecentChange;
import org.palimpsest.entry.recent.RecentChangesFeed;
import org.palimpsest.live.TopicListeners;
import org.palimpsest.live.TopicListenersTest;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;

class RecentChangesPushTest {

    private static final RecentChange CHANGE = new RecentChange(
            7,
            RecentChange.EDIT,
            "battle-of-inchon",
            "Battle of Inchon",
            "Korean War",
            "editor1",
            "date fixed",
            RevisionKind.EDIT,
            false,
            new RecentChange.Pair(100L, 106),
            new RecentChange.Pair(3L, 4),
            Instant.parse("2026-12-02T05:00:00Z"));

    @Test
    void aChangeGoesToTheRecentChangesTopic() {
        List<Message<?>> sent = new ArrayList<>();
        MessageChannel broker = (message, timeout) -> sent.add(message);

        new RecentChangesPush(new RecentChangesFeed(), new SimpMessagingTemplate(broker), TopicListeners.of(null))
                .push(CHANGE);

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getHeaders().get("simpDestination")).isEqualTo("/topic/recent-changes");
        assertThat(sent.get(0).getPayload()).isEqualTo(CHANGE);
    }

    @Test
    void nothingIsSentWhileTheSimpleBrokerHasNoSubscriberOfTheTopic() {
        List<Message<?>> sent = new ArrayList<>();
        MessageChannel broker = (message, timeout) -> sent.add(message);
        SimpleBrokerMessageHandler simpleBroker = TopicListenersTest.simpleBroker();
        RecentChangesPush push = new RecentChangesPush(
                new RecentChangesFeed(), new SimpMessagingTemplate(broker), TopicListeners.of(simpleBroker));

        push.push(CHANGE);
        TopicListenersTest.subscribe(simpleBroker, "/topic/recent-changes");
        push.push(CHANGE);

        assertThat(sent).hasSize(1);
    }

    @Test
    void aBrokerThatCannotTakeTheChangeCostsThePushOnlyNotTheCaller() {
        MessageChannel down = (message, timeout) -> {
            throw new MessageDeliveryException(message, "Message broker not active");
        };
        RecentChangesPush push = new RecentChangesPush(
                new RecentChangesFeed(), new SimpMessagingTemplate(down), TopicListeners.of(null));

        assertThatCode(() -> push.push(CHANGE)).doesNotThrowAnyException();
    }
}
