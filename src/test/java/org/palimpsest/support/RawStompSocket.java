package org.palimpsest.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * STOMP written by hand over a plain WebSocket, for the clients that misbehave in ways a STOMP library will not: a
 * frame before CONNECT, a client that negotiates heart-beats and then falls silent with its socket left open. What
 * the server sends is queued frame by frame (its heart-beats apart); a closed socket is noted.
 */
public final class RawStompSocket implements AutoCloseable {

    /** A frame the server sent. */
    public record Frame(String command, Map<String, String> headers, String body) {}

    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(10);

    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private RawStompSocket(String httpBase, String handshakeUser) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (handshakeUser != null) {
            String basic = handshakeUser + ":" + handshakeUser;
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        socket = builder.buildAsync(URI.create(StompTestClient.webSocketUrl(httpBase)), new Listener())
                .orTimeout(OPEN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .join();
    }

    /** Opens the WebSocket and sends nothing yet. */
    public static RawStompSocket open(String httpBase) {
        return new RawStompSocket(httpBase, null);
    }

    /** Opens the WebSocket with HTTP Basic credentials of a demo account on the handshake itself. */
    public static RawStompSocket openSignedInAs(String httpBase, String user) {
        return new RawStompSocket(httpBase, user);
    }

    /** Sends CONNECT as {@code user} (or anonymously) with this heart-beat header and waits for CONNECTED. */
    public Frame connect(String user, String heartbeat) {
        return connect(user, heartbeat, Map.of());
    }

    /** The same, with more CONNECT headers ({@code host}, say, as a browser's STOMP client sends it). */
    public Frame connect(String user, String heartbeat, Map<String, String> more) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accept-version", "1.2");
        headers.put("heart-beat", heartbeat);
        if (user != null) {
            headers.put("login", user);
            headers.put("passcode", user);
        }
        headers.putAll(more);
        send("CONNECT", headers, "");
        Frame connected = next(OPEN_TIMEOUT);
        if (connected == null || !connected.command().equals("CONNECTED")) {
            throw new IllegalStateException("no CONNECTED but " + connected);
        }
        return connected;
    }

    public void send(String command, Map<String, String> headers, String body) {
        StringBuilder frame = new StringBuilder(command).append('\n');
        headers.forEach(
                (name, value) -> frame.append(name).append(':').append(value).append('\n'));
        frame.append('\n').append(body).append('\0');
        socket.sendText(frame, true).join();
    }

    public void sendPresence(String entryId, String json) {
        send(
                "SEND",
                Map.of("destination", "/app/entries/" + entryId + "/presence", "content-type", "application/json"),
                json);
    }

    /** The next frame the server sent (heart-beats not counted), or null if none came within the timeout. */
    public Frame next(Duration timeout) {
        try {
            return frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Whether the server closed the WebSocket within the timeout. */
    public boolean closedWithin(Duration timeout) {
        try {
            closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception notClosed) {
            return closed.isDone();
        }
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.abort();
        }
    }

    private static Frame parse(String text) {
        String frame = text.endsWith("\0") ? text.substring(0, text.length() - 1) : text;
        int end = frame.indexOf("\n\n");
        String head = end < 0 ? frame : frame.substring(0, end);
        String body = end < 0 ? "" : frame.substring(end + 2);
        String[] lines = head.split("\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(lines[i].substring(0, colon), lines[i].substring(colon + 1));
            }
        }
        return new Frame(lines[0], headers, body);
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString().stripLeading();
                partial.setLength(0);
                if (!text.isEmpty()) {
                    frames.add(parse(text));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
