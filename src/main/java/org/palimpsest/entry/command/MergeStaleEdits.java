package org.palimpsest.entry.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.palimpsest.entry.api.ContentFold;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryEdit;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.springframework.stereotype.Component;

/**
 * A stale edit is merged three ways with the revisions since its base ({@link EntryMerge}). The base's content is
 * folded from the entry's events: the aggregate holds only the current content, and a snapshot cannot go back. An
 * undo reads the revisions it merges the same way, and a rollback the revision it goes back to. A fold keeps the
 * content at every {@link #CHECKPOINT_EVERY}th revision it passes and at the revision it ends at, and a later fold
 * of the entry starts from the nearest one kept before what it needs: a stored revision never changes, so what was
 * folded once stays true. Undos of the middle of a long history read tens of events rather than hundreds, and the
 * stale edits of editors saving one after the other on a busy entry, each on a base a little newer than the last,
 * read the few events since the last fold's end rather than those since the last checkpoint. The content of each
 * revision this node stores is kept too ({@link EntryWriter} keeps what each command answered), so a rollback right
 * after the edits it takes back, or an undo of a revision just made, reads no event at all.
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

    /** Where a fold starts: a revision and its kept content, or revision 0 and none. */
    private record Kept(long revision, Past past) {}

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
        Past kept = checkpoints.getIfPresent(new Checkpoint(entryId, revision));
        if (kept != null) {
            return kept;
        }
        Undone span = undoing(entryId, revision);
        return new Past(span.at(), span.author());
    }

    @Override
    public Undone undoing(String entryId, long revision) {
        Past keptAt = checkpoints.getIfPresent(new Checkpoint(entryId, revision));
        Past keptBefore = revision > 1 ? checkpoints.getIfPresent(new Checkpoint(entryId, revision - 1)) : null;
        if (keptAt != null && keptBefore != null) {
            return new Undone(keptBefore.content(), keptAt.content(), keptAt.author());
        }
        EntryContent before = null;
        ContentFold fold = null;
        String author = null;
        Kept start = keptBefore(entryId, revision);
        if (start.past() != null) {
            fold = new ContentFold(start.past().content());
            author = start.past().author();
        }
        DomainEventStream stream = events.readEvents(entryId, start.revision());
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            long reached = message.getSequenceNumber() + 1;
            if (reached > revision) {
                break;
            }
            if (reached == revision && fold != null) {
                before = fold.content();
            }
            if (message.getPayload() instanceof EntryCreatedEvent created) {
                fold = new ContentFold(created.content());
                author = created.author();
            } else if (message.getPayload() instanceof EntryRevisedEvent revised) {
                fold.apply(revised.changes());
                author = revised.author();
            }
            if (reached % CHECKPOINT_EVERY == 0 || reached == revision) {
                checkpoints.put(new Checkpoint(entryId, reached), new Past(fold.content(), author));
            }
        }
        return new Undone(before, fold == null ? null : fold.content(), author);
    }

    /**
     * The newest revision before {@code revision} whose content is kept: each revision back to the checkpoint before
     * it, then the checkpoints before that (revision 0 and no content if none: the fold starts from the first event).
     * Before, not at: the fold must read the revision's own event to know the content it replaced.
     */
    private Kept keptBefore(String entryId, long revision) {
        long checkpoint = (revision - 1) / CHECKPOINT_EVERY * CHECKPOINT_EVERY;
        for (long at = revision - 1; at > 0; at = at > checkpoint ? at - 1 : at - CHECKPOINT_EVERY) {
            Past kept = checkpoints.getIfPresent(new Checkpoint(entryId, at));
            if (kept != null) {
                return new Kept(at, kept);
            }
        }
        return new Kept(0, null);
    }

    @Override
    public Others newestNotBy(String entryId, String author, long newest) {
        Others keptRun = keptRunOf(entryId, author, newest);
        if (keptRun != null) {
            return keptRun;
        }
        Kept start = keptBefore(entryId, newest);
        if (start.past() != null) {
            Past kept = start.past();
            Others since = kept.author().equals(author)
                    ? new Others(0, null, null, true)
                    : new Others(start.revision(), kept.content(), kept.author(), false);
            Others found = othersAfter(entryId, start.revision(), kept.content(), since, author, newest);
            if (found.revision() > 0 && found.edited()) {
                return found;
            }
        }
        return othersAfter(entryId, 0, null, new Others(0, null, null, false), author, newest);
    }

    @Override
    public void keep(String entryId, long revision, EntryContent content, String author) {
        checkpoints.put(new Checkpoint(entryId, revision), new Past(content, author));
    }

    /**
     * The newest revision not by {@code author}, found by walking back from {@code newest} through kept revisions
     * only, when the author made every revision after it (a rollback right after the edits it takes back); null when
     * a revision on the way is not kept or the newest is not the author's, for the fold to answer.
     */
    private Others keptRunOf(String entryId, String author, long newest) {
        for (long at = newest; at > 0; at--) {
            Past kept = checkpoints.getIfPresent(new Checkpoint(entryId, at));
            if (kept == null) {
                return null;
            }
            if (!kept.author().equals(author)) {
                return at < newest ? new Others(at, kept.content(), kept.author(), true) : null;
            }
        }
        return null;
    }

    /**
     * Folds the events after revision {@code from} (whose content is {@code content}) up to {@code newest}, keeping
     * checkpoints and the content at {@code newest} as it goes: the newest revision not by {@code author} among them
     * (or {@code since}), and whether the author made any.
     */
    private Others othersAfter(
            String entryId, long from, EntryContent content, Others since, String author, long newest) {
        Others others = since;
        boolean othersUnread = false;
        boolean edited = since.edited();
        ContentFold fold = content == null ? null : new ContentFold(content);
        DomainEventStream stream = events.readEvents(entryId, from);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            long reached = message.getSequenceNumber() + 1;
            if (reached > newest) {
                break;
            }
            String by;
            if (message.getPayload() instanceof EntryCreatedEvent created) {
                fold = new ContentFold(created.content());
                by = created.author();
            } else if (message.getPayload() instanceof EntryRevisedEvent revised) {
                by = revised.author();
                if (othersUnread && author.equals(by)) {
                    others = new Others(others.revision(), fold.content(), others.author(), false);
                    othersUnread = false;
                }
                fold.apply(revised.changes());
            } else {
                continue;
            }
            if (reached % CHECKPOINT_EVERY == 0 || reached == newest) {
                checkpoints.put(new Checkpoint(entryId, reached), new Past(fold.content(), by));
            }
            if (author.equals(by)) {
                edited = true;
            } else {
                others = new Others(reached, null, by, false);
                othersUnread = true;
            }
        }
        if (othersUnread) {
            others = new Others(others.revision(), fold.content(), others.author(), false);
        }
        return new Others(others.revision(), others.content(), others.author(), edited);
    }
}
