package org.palimpsest.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.support.ExecutorSubscribableChannel;
import org.springframework.messaging.support.MessageBuilder;

public class TopicListenersTest {

    /** A simple broker with no session yet, as the app's is before anyone subscribes. */
    public static SimpleBrokerMessageHandler simpleBroker() {
        return new SimpleBrokerMessageHandler(
                new ExecutorSubscribableChannel(),
                new ExecutorSubscribableChannel(),
                new ExecutorSubscribableChannel(),
                List.of("/topic"));
    }

    /** Registers a subscription of a session of its own, as a client's SUBSCRIBE does. */
    public static void subscribe(SimpleBrokerMessageHandler broker, String destination) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.SUBSCRIBE);
        headers.setSessionId("session-" + destination);
        headers.setSubscriptionId("subscription-1");
        headers.setDestination(destination);
        broker.getSubscriptionRegistry()
                .registerSubscription(MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders()));
    }

    @Test
    void aTopicHasListenersOnceSomebodySubscribedToItAndOthersStillHaveNone() {
        SimpleBrokerMessageHandler broker = simpleBroker();
        TopicListeners listeners = TopicListeners.of(broker);
        assertThat(listeners.anyFor("/topic/entries/battle-of-inchon")).isFalse();

        subscribe(broker, "/topic/entries/battle-of-inchon");

        assertThat(listeners.anyFor("/topic/entries/battle-of-inchon")).isTrue();
        assertThat(listeners.anyFor("/topic/entries/battle-of-osan")).isFalse();
    }

    @Test
    void withARelayEveryTopicMayHaveListenersElsewhere() {
        assertThat(TopicListeners.of(null).anyFor("/topic/entries/battle-of-osan"))
                .isTrue();
    }
}
