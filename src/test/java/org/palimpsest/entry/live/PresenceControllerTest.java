package org.palimpsest.entry.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.history.HistoryQueries;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/** The presence handler alone, its pushes captured from the broker channel it sends to. */
class PresenceControllerTest {

    private static final String ENTRY = "battle-of-inchon";
    private static final Principal EDITOR = () -> "editor1";

    private final List<Message<?>> pushed = new ArrayList<>();
    private final MessageChannel toBroker = (message, timeout) -> pushed.add(message);
    private final HistoryQueries history = mock(HistoryQueries.class);
    private final PresenceController presence = new PresenceController(
            new PresenceRegistry(),
            new PresenceSnapshots(toBroker, new ObjectMapper()),
            new SimpMessagingTemplate(toBroker),
            history,
            Clock.fixed(Instant.parse("2026-12-02T05:00:00Z"), ZoneOffset.UTC));

    private static SimpMessageHeaderAccessor session(String sessionId) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(sessionId);
        return headers;
    }

    private static SessionDisconnectEvent disconnect(String sessionId) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.DISCONNECT);
        headers.setSessionId(sessionId);
        Message<byte[]> message = MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
        return new SessionDisconnectEvent(PresenceControllerTest.class, message, sessionId, CloseStatus.NORMAL);
    }

    @Test
    void aDisconnectDeliveredTwiceTakesTheSessionOffOnceAndPushesOnce() {
        when(history.count(ENTRY)).thenReturn(1L);
        presence.presence(ENTRY, new PresenceUpdate("editing", "body"), EDITOR, session("s1"));
        assertThat(pushed).hasSize(1);

        presence.disconnected(disconnect("s1"));
        presence.disconnected(disconnect("s1"));

        assertThat(pushed).hasSize(2);
        assertThat(pushed.get(1).getHeaders().get(SimpMessageHeaderAccessor.DESTINATION_HEADER))
                .isEqualTo("/topic/entries/" + ENTRY + "/presence");
        assertThat((List<?>) pushed.get(1).getPayload()).isEmpty();
    }

    @Test
    void aDisconnectOfASessionOnNoEntryPushesNothing() {
        presence.disconnected(disconnect("never-present"));

        assertThat(pushed).isEmpty();
    }
}
