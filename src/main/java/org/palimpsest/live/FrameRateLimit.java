package org.palimpsest.live;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.ChannelInterceptor;

/**
 * Cuts off a session that sends more frames than {@code palimpsest.stomp.frames-per-second} on average, with
 * {@code frame-burst} frames to spare (a token bucket per session). Runs first on the inbound channel, on the
 * thread that read the frame: the first frame over the limit is refused, which Spring answers with an ERROR frame
 * and a closed connection (and logs with the session's id); whatever the session still sends before it is closed
 * is dropped unread. A session's bucket goes with its DISCONNECT (which Spring sends also for a connection that
 * just closed, maybe twice).
 */
final class FrameRateLimit implements ChannelInterceptor {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int perSecond;
    private final int burst;
    private final LongSupplier nanoClock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    FrameRateLimit(int perSecond, int burst, LongSupplier nanoClock) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoClock = nanoClock;
    }

    static FrameRateLimit of(StompProperties properties) {
        return new FrameRateLimit(properties.framesPerSecond(), properties.frameBurst(), System::nanoTime);
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        String session = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
        if (session == null) {
            return message;
        }
        if (SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) == SimpMessageType.DISCONNECT) {
            buckets.remove(session);
            return message;
        }
        Bucket bucket = buckets.computeIfAbsent(session, ignored -> new Bucket(burst, nanoClock.getAsLong()));
        return switch (bucket.take(nanoClock.getAsLong(), perSecond, burst)) {
            case TAKEN -> message;
            case DROPPED -> null;
            case REFUSED ->
                throw new MessageDeliveryException(
                        message,
                        "more than " + perSecond + " frames a second (palimpsest.stomp.frames-per-second): cut off");
        };
    }

    /** How many sessions are being counted (for tests: a closed session leaves nothing behind). */
    int sessions() {
        return buckets.size();
    }

    private enum Take {
        TAKEN,
        REFUSED,
        DROPPED
    }

    /** Frames a session may still send at once, refilled at {@code perSecond}; once empty, the session is done. */
    private static final class Bucket {

        private double frames;
        private long refilledAt;
        private boolean cutOff;

        Bucket(int burst, long now) {
            this.frames = burst;
            this.refilledAt = now;
        }

        synchronized Take take(long now, int perSecond, int burst) {
            if (cutOff) {
                return Take.DROPPED;
            }
            frames = Math.min(burst, frames + (double) (now - refilledAt) * perSecond / NANOS_PER_SECOND);
            refilledAt = now;
            if (frames < 1) {
                cutOff = true;
                return Take.REFUSED;
            }
            frames -= 1;
            return Take.TAKEN;
        }
    }
}
