package org.palimpsest.live;

import java.time.Duration;
import java.util.List;
import org.palimpsest.system.InvalidSettingException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The STOMP endpoint's settings under {@code palimpsest.stomp.*} (see docs/operations.md).
 *
 * @param relay            a STOMP broker (RabbitMQ's STOMP plugin) to relay to; no host: the simple broker in this JVM
 * @param messageSizeLimit the largest inbound STOMP frame; a larger one is answered with an ERROR frame
 * @param sendBufferSizeLimit how much may wait to be sent to one slow client before it is cut off
 * @param sendTimeLimit    how long one send to a client may take before it is cut off
 * @param heartbeat        the server's heart-beat both ways, and how often the simple broker looks for silent clients: a
 *                         client that negotiated heart-beats is disconnected once silent for three of the larger of
 *                         this and its own, so 6 to 8 s after its last frame at the default (within the 10 s that
 *                         presence promises for clients beating at 2.5 s or faster)
 * @param allowedOrigins   origins allowed to open /ws besides the app's own (browser pages served elsewhere)
 * @param framesPerSecond  how many frames one session may send a second on average before it is cut off
 * @param frameBurst       how many frames one session may send at once above that average
 */
@ConfigurationProperties("palimpsest.stomp")
public record StompProperties(
        Relay relay,
        @DefaultValue("65536") int messageSizeLimit,
        @DefaultValue("524288") int sendBufferSizeLimit,
        @DefaultValue("10s") Duration sendTimeLimit,
        @DefaultValue("2s") Duration heartbeat,
        List<String> allowedOrigins,
        @DefaultValue("20") int framesPerSecond,
        @DefaultValue("100") int frameBurst) {

    public StompProperties {
        relay = relay == null ? new Relay(null, 61613, "guest", "guest", "/") : relay;
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        InvalidSettingException.check(
                messageSizeLimit >= 1024, "stomp.message-size-limit", messageSizeLimit, "1024 or more");
        InvalidSettingException.check(
                sendBufferSizeLimit >= messageSizeLimit,
                "stomp.send-buffer-size-limit",
                sendBufferSizeLimit,
                "at least stomp.message-size-limit");
        InvalidSettingException.check(
                !sendTimeLimit.isNegative() && !sendTimeLimit.isZero(),
                "stomp.send-time-limit",
                sendTimeLimit,
                "more than 0");
        InvalidSettingException.check(
                !heartbeat.isNegative() && heartbeat.compareTo(Duration.ofSeconds(10)) <= 0,
                "stomp.heartbeat",
                heartbeat,
                "0 (none) to 10s");
        InvalidSettingException.check(framesPerSecond >= 1, "stomp.frames-per-second", framesPerSecond, "1 or more");
        InvalidSettingException.check(frameBurst >= 10, "stomp.frame-burst", frameBurst, "10 or more");
    }

    /**
     * A broker relay; {@code host} unset means none. The virtual host (RabbitMQ's default {@code /} unless set) is
     * named on every CONNECT the relay sends, so that a client's own {@code host} header is not taken for one.
     */
    public record Relay(
            String host, @DefaultValue("61613") int port, String login, String passcode, String virtualHost) {

        public Relay {
            login = login == null || login.isBlank() ? "guest" : login;
            passcode = passcode == null ? "guest" : passcode;
            virtualHost = virtualHost == null || virtualHost.isBlank() ? "/" : virtualHost;
        }

        public boolean on() {
            return host != null && !host.isBlank();
        }
    }
}
