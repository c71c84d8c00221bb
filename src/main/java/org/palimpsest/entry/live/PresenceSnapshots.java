package org.palimpsest.entry.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

/**
 * Sends an entry's presence list to one new subscription only, straight to its session (as a
 * {@code @SubscribeMapping} answer goes), so that it does not depend on when the broker registers the subscription.
 */
@Component
class PresenceSnapshots {

    private final MessageChannel toClients;
    private final ObjectMapper json;

    PresenceSnapshots(@Lazy @Qualifier("clientOutboundChannel") MessageChannel toClients, ObjectMapper json) {
        this.toClients = toClients;
        this.json = json;
    }

    void sendTo(String sessionId, String subscriptionId, String destination, PresenceRegistry.Snapshot snapshot) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(sessionId);
        headers.setSubscriptionId(subscriptionId);
        headers.setDestination(destination);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        headers.setNativeHeader(PresenceController.VERSION_HEADER, Long.toString(snapshot.version()));
        headers.setLeaveMutable(true);
        try {
            toClients.send(MessageBuilder.createMessage(
                    json.writeValueAsBytes(snapshot.users()), headers.getMessageHeaders()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("presence list not writable as JSON", e);
        }
    }
}
