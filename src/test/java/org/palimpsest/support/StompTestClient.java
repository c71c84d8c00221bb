package org.palimpsest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A real STOMP client over WebSocket (Spring's {@link WebSocketStompClient}) for the tests: what a subscription
 * receives and the ERROR frames the server answers are queued, to be taken with a timeout.
 */
public final class StompTestClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final int INBOUND_LIMIT = 1024 * 1024;

    private final WebSocketStompClient client;
    private final ThreadPoolTaskScheduler scheduler;
    private final StompSession session;
    private final BlockingQueue<StompHeaders> errors = new LinkedBlockingQueue<>();
    private final List<StompSession.Subscription> subscriptions = new ArrayList<>();

    private StompTestClient(String url, String user, long[] heartbeat) {
        this(url, login(user), heartbeat);
    }

    private static StompHeaders login(String user) {
        StompHeaders connect = new StompHeaders();
        if (user != null) {
            connect.setLogin(user);
            connect.setPasscode(user);
        }
        return connect;
    }

    private StompTestClient(String url, StompHeaders connect, long[] heartbeat) {
        // the container's own buffer for one text message (8 KB by default) as large as the STOMP limit below
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(INBOUND_LIMIT);
        client = new WebSocketStompClient(new StandardWebSocketClient(container));
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("test-stomp-");
        scheduler.initialize();
        client.setTaskScheduler(scheduler);
        client.setDefaultHeartbeat(heartbeat);
        client.setInboundMessageSizeLimit(INBOUND_LIMIT);
        try {
            session = client.connectAsync(url, new WebSocketHttpHeaders(), connect, new Errors())
                    .get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            close();
            throw new IllegalStateException("could not connect to " + url, e);
        }
    }

    /** Connects to the app's /ws as {@code user} (password: the demo account's, its name), or anonymously (null). */
    public static StompTestClient connect(String httpBase, String user) {
        return new StompTestClient(webSocketUrl(httpBase), user, new long[] {0, 0});
    }

    /** Connects with these CONNECT headers (credentials of any kind). */
    public static StompTestClient connectWith(String httpBase, StompHeaders connect) {
        return new StompTestClient(webSocketUrl(httpBase), connect, new long[] {0, 0});
    }

    public static String webSocketUrl(String httpBase) {
        return httpBase.replaceFirst("^http", "ws") + "/ws";
    }

    /** Subscribes and waits for the server's RECEIPT, so that what is sent afterwards reaches the subscription. */
    public BlockingQueue<JsonNode> subscribe(String destination) {
        BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setReceipt("subscribed-" + destination);
        BlockingQueue<Boolean> receipt = new LinkedBlockingQueue<>();
        StompSession.Subscription subscription = session.subscribe(headers, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                received.add(parse((byte[]) payload));
            }
        });
        subscription.addReceiptTask(() -> receipt.add(true));
        subscription.addReceiptLostTask(() -> receipt.add(false));
        subscriptions.add(subscription);
        try {
            Boolean got = receipt.poll(10, TimeUnit.SECONDS);
            if (!Boolean.TRUE.equals(got)) {
                throw new IllegalStateException("no RECEIPT for the subscription to " + destination);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return received;
    }

    public void send(String destination, String body) {
        send(destination, body.getBytes(StandardCharsets.UTF_8));
    }

    public void send(String destination, byte[] body) {
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
        session.send(headers, body);
    }

    /** The next ERROR frame's headers (or a lost connection's), or null if none came within the timeout. */
    public StompHeaders nextError(Duration timeout) {
        try {
            return errors.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public boolean isConnected() {
        return session.isConnected();
    }

    public String sessionId() {
        return session.getSessionId();
    }

    /**
     * Subscribes without waiting: for a subscription the server is to refuse with an ERROR frame. What it receives
     * all the same is queued.
     */
    public BlockingQueue<JsonNode> subscribeExpectingError(String destination) {
        BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                received.add(parse((byte[]) payload));
            }
        });
        return received;
    }

    public static JsonNode next(BlockingQueue<JsonNode> queue, Duration timeout) {
        try {
            return queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static JsonNode parse(byte[] payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + new String(payload, StandardCharsets.UTF_8), e);
        }
    }

    @Override
    public void close() {
        if (session != null && session.isConnected()) {
            try {
                session.disconnect();
            } catch (RuntimeException closedMeanwhile) {
                // the server closed the connection first (after an ERROR frame, say)
            }
        }
        client.stop();
        scheduler.shutdown();
    }

    private final class Errors extends StompSessionHandlerAdapter {

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            errors.add(headers);
        }

        @Override
        public void handleException(
                StompSession session, StompCommand command, StompHeaders headers, byte[] payload, Throwable e) {
            StompHeaders failed = new StompHeaders();
            failed.set("message", String.valueOf(e));
            errors.add(failed);
        }

        /** The server closed the connection (after an ERROR frame, which may then not be delivered first). */
        @Override
        public void handleTransportError(StompSession session, Throwable e) {
            StompHeaders closed = new StompHeaders();
            closed.set("message", "connection lost: " + e);
            errors.add(closed);
        }
    }
}
