package org.palimpsest.entry.live;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.entry.diff.EntryDiff;
import org.palimpsest.live.LiveDestinations;
import org.palimpsest.live.TopicListeners;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends a stored revision to {@code /topic/entries/{id}} as a {@link RevisedMessage}, with its diff against the
 * revision before. Called for each entry's revisions in revision order ({@link EntryPush}), so the content before is
 * usually the one the call before remembered. A revision of an entry nobody listens to is only remembered (when the
 * content before is known): nobody would receive its diff.
 */
@Component
class RevisedMessages {

    /** How long a push waits for the history to hold the revision before (to diff against). */
    private static final Duration HISTORY_WAIT = Duration.ofSeconds(5);

    private final SimpMessagingTemplate broker;
    private final TopicListeners listeners;
    private final LatestContents contents;

    RevisedMessages(SimpMessagingTemplate broker, TopicListeners listeners, LatestContents contents) {
        this.broker = broker;
        this.listeners = listeners;
        this.contents = contents;
    }

    void created(EntryCreatedEvent event) {
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

    void revised(EntryRevisedEvent event) {
        if (!listeners.anyFor(LiveDestinations.entryTopic(event.entryId()))) {
            contents.advance(event.entryId(), event.revision(), event.changes());
            return;
        }
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
