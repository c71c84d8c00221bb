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
 * folded from the entry's events: the aggregate holds only the current content, and a snapshot cannot go back. An
 * undo reads the revisions it merges the same way.
 */
@Component
class MergeStaleEdits implements StaleEditPolicy, PastRevisions {

    private final EventStore events;

    MergeStaleEdits(EventStore events) {
        this.events = events;
    }

    @Override
    public EditMerge rebase(String entryId, long baseRevision, EntryContent current, EntryEdit edit) {
        return EntryMerge.merge(contentAt(entryId, baseRevision), edit, current);
    }

    EntryContent contentAt(String entryId, long revision) {
        return at(entryId, revision).content();
    }

    @Override
    public Past at(String entryId, long revision) {
        Undone span = undoing(entryId, revision);
        return new Past(span.at(), span.author());
    }

    @Override
    public Undone undoing(String entryId, long revision) {
        EntryContent before = null;
        EntryContent content = null;
        String author = null;
        DomainEventStream stream = events.readEvents(entryId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getSequenceNumber() >= revision) {
                break;
            }
            before = content;
            if (message.getPayload() instanceof EntryCreatedEvent created) {
                content = created.content();
                author = created.author();
            } else if (message.getPayload() instanceof EntryRevisedEvent revised) {
                content = revised.changes().applyTo(content);
                author = revised.author();
            }
        }
        return new Undone(before, content, author);
    }
}
