package org.palimpsest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * A STOMP client over a raw WebSocket that subscribes and then never reads, with a tiny receive buffer: the slow
 * client that the server's transport limits must cut off. Frames are written by hand (RFC 6455, masked text
 * frames), so that nothing reads on its behalf.
 */
public final class UnreadWebSocket implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket;

    private UnreadWebSocket(Socket socket) {
        this.socket = socket;
    }

    /** Opens {@code /ws}, CONNECTs anonymously and SUBSCRIBEs to {@code destination}. */
    public static UnreadWebSocket subscribe(String httpBase, String destination) throws IOException {
        URI base = URI.create(httpBase);
        Socket socket = new Socket();
        // socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        socket.setSoTimeout(5_000);
        OutputStream out = socket.getOutputStream();
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        out.write(("GET /ws HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                        + Base64.getEncoder().encodeToString(key)
                        + "\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: v12.stomp\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        String answer = readHead(socket.getInputStream());
        if (!answer.startsWith("HTTP/1.1 101")) {
            socket.close();
            throw new IOException("no WebSocket upgrade: " + answer);
        }
        UnreadWebSocket client = new UnreadWebSocket(socket);
        client.send("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n\0");
        client.send("SUBSCRIBE\nid:0\ndestination:" + destination + "\n\n\0");
        return client;
    }

    /**
     * Reads what the server sent until it closes the connection, or {@code timeout} passes without it: whether it
     * was cut off.
     */
    public boolean closedByServerWithin(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[64 * 1024];
        try {
            socket.setSoTimeout(500);
            InputStream in = socket.getInputStream();
            while (System.nanoTime() < deadline) {
                try {
                    if (in.read(buffer) < 0) {
                        return true;
                    }
                } catch (SocketTimeoutException quiet) {
                    // nothing came in this half second: ask again until the deadline
                }
            }
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private void send(String frame) throws IOException {
        byte[] payload = frame.getBytes(StandardCharsets.UTF_8);
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        OutputStream out = socket.getOutputStream();
        out.write(0x81);
        if (payload.length < 126) {
            out.write(0x80 | payload.length);
        } else {
            out.write(0x80 | 126);
            out.write(payload.length >>> 8);
            out.write(payload.length & 0xff);
        }
        out.write(mask);
        for (int i = 0; i < payload.length; i++) {
            out.write(payload[i] ^ mask[i % 4]);
        }
        out.flush();
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
