package org.palimpsest.entry.live;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.entry.diff.EntryDiff;
import org.palimpsest.live.LiveDestinations;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Pushes every stored revision to {@code /topic/entries/{id}}. It runs in a tracking processor of its own
 * ({@value #NAME}), so it sees only events that are stored, in the order they were stored (per entry: revision
 * order), however they came about (REST, import, merge, undo).
 */
@Component
@ProcessingGroup(EntryPush.NAME)
class EntryPush {

    static final String NAME = "entry-push";

    /** How long a push waits for the history to hold the revision before (to diff against). */
    private static final Duration HISTORY_WAIT = Duration.ofSeconds(5);

    private final SimpMessagingTemplate broker;
    private final LatestContents contents;

    EntryPush(SimpMessagingTemplate broker, LatestContents contents) {
        this.broker = broker;
        this.contents = contents;
    }

    @EventHandler
    void on(EntryCreatedEvent event) {
        contents.remember(event.entryId(), 1, event.content());
        send(new RevisedMessage(
                RevisedMessage.TYPE,
                event.entryId(),
                1,
                event.kind(),
                event.author(),
                event.summary(),
                false,
                event.at(),
                names(EnumSet.allOf(EntryField.class)),
                event.size(),
                new RevisionDiff(event.entryId(), 1, 1, List.of())));
    }

    @EventHandler
    void on(EntryRevisedEvent event) {
        RevisionDiff diff = null;
        EntryContent before = contents.at(event.entryId(), event.revision() - 1, HISTORY_WAIT);
        if (before != null) {
            EntryContent after = event.changes().applyTo(before);
            contents.remember(event.entryId(), event.revision(), after);
            diff = new RevisionDiff(
                    event.entryId(), event.revision() - 1, event.revision(), EntryDiff.between(before, after));
        }
        send(new RevisedMessage(
                RevisedMessage.TYPE,
                event.entryId(),
                event.revision(),
                event.kind(),
                event.author(),
                event.summary(),
                event.minor(),
                event.at(),
                names(event.changes().fields()),
                event.sizeDelta(),
                diff));
    }

    private void send(RevisedMessage message) {
        broker.convertAndSend(LiveDestinations.entryTopic(message.entryId()), message);
    }

    private static List<String> names(Set<EntryField> fields) {
        return fields.stream().sorted().map(EntryField::jsonName).toList();
    }
}
