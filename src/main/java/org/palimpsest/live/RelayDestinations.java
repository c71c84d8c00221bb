package org.palimpsest.live;

import java.util.function.UnaryOperator;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;

/**
 * The topics as clients name them ({@code /topic/entries/{id}/presence}) and as a relay's broker takes them:
 * RabbitMQ's STOMP plugin reads {@code /topic/<routing key>} and refuses a further slash, so it gets the same path
 * with dots ({@code /topic/entries.{id}.presence}). Entry ids hold no dot or slash (the security rules let no other
 * through), so the two forms map one to one, and clients see only theirs. One interceptor turns frames towards the
 * broker (on the inbound and broker channels, after the security rules), the other turns them back on their way to
 * the clients. Only with a relay: the simple broker takes the client's form as it is.
 */
final class RelayDestinations implements ChannelInterceptor {

    private static final String TOPIC = WebSocketConfiguration.TOPIC_PREFIX + "/";

    private final UnaryOperator<String> form;

    private RelayDestinations(UnaryOperator<String> form) {
        this.form = form;
    }

    static RelayDestinations towardsBroker() {
        return new RelayDestinations(RelayDestinations::brokerForm);
    }

    static RelayDestinations towardsClients() {
        return new RelayDestinations(RelayDestinations::clientForm);
    }

    static String brokerForm(String destination) {
        return TOPIC + destination.substring(TOPIC.length()).replace('/', '.');
    }

    static String clientForm(String destination) {
        return TOPIC + destination.substring(TOPIC.length()).replace('.', '/');
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        String destination = SimpMessageHeaderAccessor.getDestination(message.getHeaders());
        if (destination == null || !destination.startsWith(TOPIC)) {
            return message;
        }
        String translated = form.apply(destination);
        if (translated.equals(destination)) {
            return message;
        }
        // a copy, not the frame's own headers: the session events published after it keep the client's form
        SimpMessageHeaderAccessor copy =
                MessageHeaderAccessor.getAccessor(message, MessageHeaderAccessor.class) instanceof StompHeaderAccessor
                        ? StompHeaderAccessor.wrap(message)
                        : SimpMessageHeaderAccessor.wrap(message);
        copy.setDestination(translated);
        if (copy.getFirstNativeHeader(StompHeaderAccessor.STOMP_DESTINATION_HEADER) != null) {
            copy.setNativeHeader(StompHeaderAccessor.STOMP_DESTINATION_HEADER, translated);
        }
        return MessageBuilder.createMessage(message.getPayload(), copy.getMessageHeaders());
    }
}
