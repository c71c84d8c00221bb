package org.palimpsest.entry.command;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryEdit;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.springframework.stereotype.Component;

/**
 * A stale edit is merged three ways with the revisions since its base ({@link EntryMerge}). The base's content is
 * folded from the entry's events: the aggregate holds only the current content, and a snapshot cannot go back.
 */
@Component
class MergeStaleEdits implements StaleEditPolicy {

    private final EventStore events;

    MergeStaleEdits(EventStore events) {
        this.events = events;
    }

    @Override
    public EditMerge rebase(String entryId, long baseRevision, EntryContent current, EntryEdit edit) {
        return EntryMerge.merge(contentAt(entryId, baseRevision), edit, current);
    }

    EntryContent contentAt(String entryId, long revision) {
        EntryContent content = null;
        DomainEventStream stream = events.readEvents(entryId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getSequenceNumber() >= revision) {
                break;
            }
            if (message.getPayload() instanceof EntryCreatedEvent created) {
                content = created.content();
            } else if (message.getPayload() instanceof EntryRevisedEvent revised) {
                content = revised.changes().applyTo(content);
            }
        }
        return content;
    }
}
