package org.palimpsest.live;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Whether a message sent to a topic now would reach anybody, so that a push nobody would receive is not built (the
 * diff of a 50 KB body, say). With the simple broker that is its own subscriptions; with a relay the subscribers
 * of every node are the broker's, which this node cannot see, so the answer is always yes.
 */
@Component
public class TopicListeners {

    private static final byte[] NOTHING = new byte[0];

    private final ObjectProvider<SimpleBrokerMessageHandler> simpleBroker;

    TopicListeners(ObjectProvider<SimpleBrokerMessageHandler> simpleBroker) {
        this.simpleBroker = simpleBroker;
    }

    public boolean anyFor(String destination) {
        SimpleBrokerMessageHandler broker = simpleBroker.getIfAvailable();
        if (broker == null) {
            return true;
        }
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setDestination(destination);
        Message<byte[]> message = MessageBuilder.createMessage(NOTHING, headers.getMessageHeaders());
        return !broker.getSubscriptionRegistry().findSubscriptions(message).isEmpty();
    }
}
