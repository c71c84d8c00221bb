package org.palimpsest.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;

class FrameRateLimitTest {

    private static final long MILLI = 1_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * MILLI);
    private final FrameRateLimit limit = new FrameRateLimit(20, 10, now::get);

    private static Message<byte[]> frame(String session, SimpMessageType type) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(type);
        headers.setSessionId(session);
        headers.setLeaveMutable(true);
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }

    private Message<?> send(String session) {
        return limit.preSend(frame(session, SimpMessageType.MESSAGE), null);
    }

    @Test
    void aBurstPassesAndTheNextFrameIsRefusedThenEverythingAfterItIsDropped() {
        for (int frame = 0; frame < 10; frame++) {
            assertThat(send("s1")).as("frame " + frame).isNotNull();
        }
        assertThatThrownBy(() -> send("s1"))
                .isInstanceOf(MessageDeliveryException.class)
                .hasMessageContaining("more than 20 frames a second");
        now.addAndGet(10_000 * MILLI);
        assertThat(send("s1")).as("a session cut off stays cut off").isNull();
    }

    @Test
    void framesAtTheAverageRateNeverRunOut() {
        for (int frame = 0; frame < 1_000; frame++) {
            assertThat(send("s1")).as("frame " + frame).isNotNull();
            now.addAndGet(50 * MILLI);
        }
    }

    @Test
    void aBucketRefillsOnlyUpToTheBurst() {
        now.addAndGet(60_000 * MILLI);
        for (int frame = 0; frame < 10; frame++) {
            send("s1");
        }
        assertThatThrownBy(() -> send("s1")).isInstanceOf(MessageDeliveryException.class);
    }

    @Test
    void oneSessionsFloodLeavesTheOthersAlone() {
        for (int frame = 0; frame < 10; frame++) {
            send("flooder");
        }
        assertThatThrownBy(() -> send("flooder")).isInstanceOf(MessageDeliveryException.class);
        assertThat(send("other")).isNotNull();
    }

    @Test
    void aDisconnectTakesTheSessionsCountAwayAndMayComeTwice() {
        send("s1");
        send("s2");
        assertThat(limit.sessions()).isEqualTo(2);
        assertThat(limit.preSend(frame("s1", SimpMessageType.DISCONNECT), null)).isNotNull();
        assertThat(limit.preSend(frame("s1", SimpMessageType.DISCONNECT), null)).isNotNull();
        assertThat(limit.sessions()).isEqualTo(1);
    }
}
