package org.palimpsest.live;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Answers a SUBSCRIBE that asks for a receipt once the simple broker has registered it (the simple broker sends
 * none itself; a broker relay's broker does). A client that waits for the RECEIPT and only then reads what it
 * missed over REST can have no gap between the two.
 */
final class SubscriptionReceipts implements ExecutorChannelInterceptor {

    private static final byte[] EMPTY = new byte[0];

    private final MessageChannel toClients;

    SubscriptionReceipts(MessageChannel toClients) {
        this.toClients = toClients;
    }

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler, Exception ex) {
        if (ex != null || !(handler instanceof SimpleBrokerMessageHandler)) {
            return;
        }
        StompHeaderAccessor subscribe = StompHeaderAccessor.wrap(message);
        String receipt = subscribe.getReceipt();
        if (subscribe.getCommand() != StompCommand.SUBSCRIBE || receipt == null) {
            return;
        }
        StompHeaderAccessor answer = StompHeaderAccessor.create(StompCommand.RECEIPT);
        answer.setReceiptId(receipt);
        answer.setSessionId(subscribe.getSessionId());
        answer.setLeaveMutable(true);
        toClients.send(MessageBuilder.createMessage(EMPTY, answer.getMessageHeaders()));
    }
}
