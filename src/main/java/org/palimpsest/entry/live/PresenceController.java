package org.palimpsest.entry.live;

import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.history.HistoryQueries;
import org.palimpsest.live.LiveDestinations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import org.springframework.web.socket.messaging.SessionSubscribeEvent;

/**
 * Presence: a signed-in client sends {@code /app/entries/{id}/presence}; the entry's full list goes to
 * {@code /topic/entries/{id}/presence} whenever it changes, a new subscriber of that topic gets it at once, and a
 * closed (or silent) session leaves every list it was on. A frame that makes no sense is dropped with the reason
 * logged; nothing of it is kept.
 */
@Controller
class PresenceController {

    private static final Logger LOG = LoggerFactory.getLogger(PresenceController.class);
    private static final Set<String> STATES = Set.of(Presence.VIEWING, Presence.EDITING);
    private static final String PRESENCE_TOPIC_PREFIX = "/topic/entries/";
    private static final String PRESENCE_TOPIC_SUFFIX = "/presence";
    static final String VERSION_HEADER = "presence-version";

    private final PresenceRegistry registry;
    private final PresenceSnapshots snapshots;
    private final SimpMessagingTemplate broker;
    private final HistoryQueries history;
    private final Clock clock;

    PresenceController(
            PresenceRegistry registry,
            PresenceSnapshots snapshots,
            SimpMessagingTemplate broker,
            HistoryQueries history,
            Clock clock) {
        this.registry = registry;
        this.snapshots = snapshots;
        this.broker = broker;
        this.history = history;
        this.clock = clock;
    }

    @MessageMapping("/entries/{id}/presence")
    void presence(
            @DestinationVariable String id,
            @Payload PresenceUpdate update,
            Principal user,
            SimpMessageHeaderAccessor headers) {
        if (user == null) {
            throw new IllegalArgumentException("presence needs a signed-in user");
        }
        if (update == null || update.state() == null || !STATES.contains(update.state())) {
            throw new IllegalArgumentException("state: must be viewing or editing");
        }
        String field = update.field();
        if (field != null && EntryField.byJsonName(field).isEmpty()) {
            throw new IllegalArgumentException("field: '" + field + "' is no field of an entry");
        }
        if (history.count(id) == 0) {
            throw new IllegalArgumentException("no entry '" + id + "'");
        }
        PresenceRegistry.Snapshot changed =
                registry.update(id, headers.getSessionId(), user.getName(), update.state(), field, clock.instant());
        if (changed != null) {
            publish(id, changed);
        }
    }

    @MessageExceptionHandler
    void refused(Exception e, SimpMessageHeaderAccessor headers) {
        LOG.info("presence frame of session {} dropped: {}", headers.getSessionId(), e.getMessage());
    }

    @EventListener
    void subscribed(SessionSubscribeEvent event) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.wrap(event.getMessage());
        String destination = headers.getDestination();
        if (destination == null
                || !destination.startsWith(PRESENCE_TOPIC_PREFIX)
                || !destination.endsWith(PRESENCE_TOPIC_SUFFIX)) {
            return;
        }
        String entryId = destination.substring(
                PRESENCE_TOPIC_PREFIX.length(), destination.length() - PRESENCE_TOPIC_SUFFIX.length());
        if (entryId.isEmpty() || entryId.contains("/")) {
            return;
        }
        snapshots.sendTo(headers.getSessionId(), headers.getSubscriptionId(), destination, registry.snapshot(entryId));
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        registry.remove(event.getSessionId()).forEach(this::publish);
    }

    private void publish(String entryId, PresenceRegistry.Snapshot snapshot) {
        broker.convertAndSend(
                LiveDestinations.presenceTopic(entryId),
                snapshot.users(),
                Map.of(VERSION_HEADER, Long.toString(snapshot.version())));
    }
}
