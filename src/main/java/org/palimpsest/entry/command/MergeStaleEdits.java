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
 * undo reads the revisions it merges the same way, and a rollback the revision it goes back to.
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

    @Override
    public Others newestNotBy(String entryId, String author) {
        EntryContent content = null;
        Others others = new Others(0, null, null, false);
        boolean edited = false;
        DomainEventStream stream = events.readEvents(entryId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            String by;
            if (message.getPayload() instanceof EntryCreatedEvent created) {
                content = created.content();
                by = created.author();
            } else if (message.getPayload() instanceof EntryRevisedEvent revised) {
                content = revised.changes().applyTo(content);
                by = revised.author();
            } else {
                continue;
            }
            if (author.equals(by)) {
                edited = true;
            } else {
                others = new Others(message.getSequenceNumber() + 1, content, by, false);
            }
        }
        return new Others(others.revision(), others.content(), others.author(), edited);
    }
}
