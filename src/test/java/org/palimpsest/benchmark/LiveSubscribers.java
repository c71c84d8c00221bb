package org.palimpsest.benchmark;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palimpsest.support.StompTestClient;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * STOMP sessions of the live benchmark, one subscription of {@code /topic/entries/{id}} each, noting when each
 * revision arrived (on the client's receive thread, before anything else is done with the frame).
 */
final class LiveSubscribers implements AutoCloseable {

    private static final Pattern REVISION = Pattern.compile("\"revision\":(\\d+)");
    /** The revision number comes early in the message: no need to decode a whole diff to find it. */
    private static final int HEAD = 200;

    /** One subscriber: its entry and, per revision, the {@link System#nanoTime()} of its arrival. */
    record Subscriber(String entryId, Map<Long, Long> arrived) {}

    private final List<Subscriber> subscribers = new ArrayList<>();
    private final List<StompSession> sessions = new ArrayList<>();

    /** Connects one session per element of {@code entryIds} (an entry named n times gets n subscribers). */
    static LiveSubscribers connect(WebSocketStompClient client, String base, List<String> entryIds) throws Exception {
        LiveSubscribers connected = new LiveSubscribers();
        for (String entryId : entryIds) {
            connected.add(client, base, entryId);
        }
        return connected;
    }

    private void add(WebSocketStompClient client, String base, String entryId) throws Exception {
        Subscriber subscriber = new Subscriber(entryId, new ConcurrentHashMap<>());
        StompSession session = client.connectAsync(
                        StompTestClient.webSocketUrl(base),
                        new WebSocketHttpHeaders(),
                        new StompHeaders(),
                        new StompSessionHandlerAdapter() {})
                .get(10, TimeUnit.SECONDS);
        session.subscribe("/topic/entries/" + entryId, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                long now = System.nanoTime();
                byte[] bytes = (byte[]) payload;
                Matcher revision =
                        REVISION.matcher(new String(bytes, 0, Math.min(HEAD, bytes.length), StandardCharsets.UTF_8));
                if (revision.find()) {
                    subscriber.arrived().put(Long.parseLong(revision.group(1)), now);
                }
            }
        });
        subscribers.add(subscriber);
        sessions.add(session);
    }

    List<Subscriber> all() {
        return subscribers;
    }

    @Override
    public void close() {
        sessions.forEach(StompSession::disconnect);
    }
}
