package org.palimpsest.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;

class RelayDestinationsTest {

    private static Message<byte[]> subscribe(String destination) {
        StompHeaderAccessor headers = StompHeaderAccessor.create(StompCommand.SUBSCRIBE);
        headers.setSessionId("s1");
        headers.setSubscriptionId("0");
        headers.setDestination(destination);
        headers.setLeaveMutable(true);
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }

    private static String destination(Message<?> message) {
        return SimpMessageHeaderAccessor.getDestination(message.getHeaders());
    }

    @Test
    void theBrokerGetsTheTopicsWithDotsAndTheClientsGetThemBackWithSlashes() {
        assertThat(RelayDestinations.brokerForm("/topic/entries/battle-of-inchon/presence"))
                .isEqualTo("/topic/entries.battle-of-inchon.presence");
        assertThat(RelayDestinations.brokerForm("/topic/recent-changes")).isEqualTo("/topic/recent-changes");
        assertThat(RelayDestinations.clientForm("/topic/entries.battle-of-inchon.presence"))
                .isEqualTo("/topic/entries/battle-of-inchon/presence");
        assertThat(RelayDestinations.clientForm("/topic/entries.schlacht-um-würzburg"))
                .isEqualTo("/topic/entries/schlacht-um-würzburg");
    }

    @Test
    void aFrameTowardsTheBrokerIsACopySoTheClientsFrameKeepsItsDestination() {
        Message<byte[]> frame = subscribe("/topic/entries/battle-of-inchon");

        Message<?> relayed = RelayDestinations.towardsBroker().preSend(frame, null);

        assertThat(destination(relayed)).isEqualTo("/topic/entries.battle-of-inchon");
        assertThat(StompHeaderAccessor.wrap(relayed).getFirstNativeHeader("destination"))
                .isEqualTo("/topic/entries.battle-of-inchon");
        assertThat(StompHeaderAccessor.wrap(relayed).getSubscriptionId()).isEqualTo("0");
        assertThat(destination(frame)).isEqualTo("/topic/entries/battle-of-inchon");
    }

    @Test
    void framesOutsideTheTopicsPassAsTheyAre() {
        Message<byte[]> app = subscribe("/app/entries/battle-of-inchon/presence");

        assertThat(RelayDestinations.towardsBroker().preSend(app, null)).isSameAs(app);
        assertThat(RelayDestinations.towardsClients().preSend(app, null)).isSameAs(app);
    }
}
