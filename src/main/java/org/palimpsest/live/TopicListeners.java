package org.palimpsest.live;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
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

    private final Supplier<SimpleBrokerMessageHandler> simpleBroker;

    @Autowired
    TopicListeners(ObjectProvider<SimpleBrokerMessageHandler> simpleBroker) {
        this.simpleBroker = simpleBroker::getIfAvailable;
    }

    private TopicListeners(SimpleBrokerMessageHandler simpleBroker) {
        this.simpleBroker = () -> simpleBroker;
    }

    /** The subscribers of this simple broker; null for a relay's, which cannot be seen. */
    public static TopicListeners of(SimpleBrokerMessageHandler simpleBroker) {
        return new TopicListeners(simpleBroker);
    }

    public boolean anyFor(String destination) {
        SimpleBrokerMessageHandler broker = simpleBroker.get();
        if (broker == null) {
            return true;
        }
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setDestination(destination);
        Message<byte[]> message = MessageBuilder.createMessage(NOTHING, headers.getMessageHeaders());
        return !broker.getSubscriptionRegistry().findSubscriptions(message).isEmpty();
    }
}
