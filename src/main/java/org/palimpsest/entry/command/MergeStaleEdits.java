package org.palimpsest.entry.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * undo reads the revisions it merges the same way, and a rollback the revision it goes back to. A fold keeps the
 * content at every {@link #CHECKPOINT_EVERY}th revision it passes, and a later fold of the entry starts from the
 * nearest one kept at or before what it needs: a stored revision never changes, so what was folded once stays true,
 * and undos of the middle of a long history read tens of events rather than hundreds.
 */
@Component
class MergeStaleEdits implements StaleEditPolicy, PastRevisions {

    static final int CHECKPOINT_EVERY = 50;

    /** The checkpoints kept weigh at most this much (UTF-8 bytes of their content): about 640 of a 50 KB body. */
    static final long CHECKPOINT_BYTES = 32L << 20;

    private final EventStore events;
    private final Cache<Checkpoint, Past> checkpoints = Caffeine.newBuilder()
            .maximumWeight(CHECKPOINT_BYTES)
            .weigher((Checkpoint at, Past past) -> Math.max(1, past.content().sizeInBytes()))
            .build();

    /** An entry's revision. */
    private record Checkpoint(String entryId, long revision) {}

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
        long from = (revision - 1) / CHECKPOINT_EVERY * CHECKPOINT_EVERY;
        Past kept = from > 0 ? checkpoints.getIfPresent(new Checkpoint(entryId, from)) : null;
        if (kept != null) {
            content = kept.content();
            author = kept.author();
        }
        DomainEventStream stream = events.readEvents(entryId, kept == null ? 0 : from);
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
            long reached = message.getSequenceNumber() + 1;
            if (reached % CHECKPOINT_EVERY == 0) {
                checkpoints.put(new Checkpoint(entryId, reached), new Past(content, author));
            }
        }
        return new Undone(before, content, author);
    }

    @Override
    public Others newestNotBy(String entryId, String author, long newest) {
        for (long from = (newest - 1) / CHECKPOINT_EVERY * CHECKPOINT_EVERY; from > 0; from -= CHECKPOINT_EVERY) {
            Past kept = checkpoints.getIfPresent(new Checkpoint(entryId, from));
            if (kept != null) {
                Others since = kept.author().equals(author)
                        ? new Others(0, null, null, true)
                        : new Others(from, kept.content(), kept.author(), false);
                Others found = othersAfter(entryId, from, kept.content(), since, author);
                if (found.revision() > 0 && found.edited()) {
                    return found;
                }
                break;
            }
        }
        return othersAfter(entryId, 0, null, new Others(0, null, null, false), author);
    }

    /**
     * Folds the events after revision {@code from} (whose content is {@code content}), keeping checkpoints as it
     * goes: the newest revision not by {@code author} among them (or {@code since}), and whether the author made any.
     */
    private Others othersAfter(String entryId, long from, EntryContent content, Others since, String author) {
        Others others = since;
        boolean edited = since.edited();
        DomainEventStream stream = events.readEvents(entryId, from);
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
            long reached = message.getSequenceNumber() + 1;
            if (reached % CHECKPOINT_EVERY == 0) {
                checkpoints.put(new Checkpoint(entryId, reached), new Past(content, by));
            }
            if (author.equals(by)) {
                edited = true;
            } else {
                others = new Others(reached, content, by, false);
            }
        }
        return new Others(others.revision(), others.content(), others.author(), edited);
    }
}
