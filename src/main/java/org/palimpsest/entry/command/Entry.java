package org.palimpsest.entry.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.palimpsest.entry.api.AlreadyCurrentRevisionException;
import org.palimpsest.entry.api.AlreadyRolledBackException;
import org.palimpsest.entry.api.CreateEntryCommand;
import org.palimpsest.entry.api.EditConflictException;
import org.palimpsest.entry.api.EntryChanges;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryEdit;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.entry.api.EntryRules;
import org.palimpsest.entry.api.EntryState;
import org.palimpsest.entry.api.NoEditsByAuthorException;
import org.palimpsest.entry.api.NothingChangedException;
import org.palimpsest.entry.api.NothingToUndoException;
import org.palimpsest.entry.api.OnlyAuthorException;
import org.palimpsest.entry.api.RestoreRevisionCommand;
import org.palimpsest.entry.api.ReviseEntryCommand;
import org.palimpsest.entry.api.RevisionConflictException;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.entry.api.RollBackEditsCommand;
import org.palimpsest.entry.api.UndoRevisionCommand;
import org.palimpsest.entry.api.UnknownRevisionException;

/**
 * An entry's write model: it numbers revisions without gaps and turns each accepted edit into one event
 * that holds only what changed, and answers a revise with the entry as it now stands. Fields are visible to
 * Jackson so that snapshots keep them; the {@code @Revision} makes snapshots of an older shape ignored.
 */
@Aggregate(snapshotTriggerDefinition = "entrySnapshotTrigger", cache = "entryCache")
@Revision("2")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Entry {

    @AggregateIdentifier
    private String id;

    private long revision;
    private EntryContent content;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    private LocalDate sourceUpdated;

    Entry() {}

    @CommandHandler
    Entry(CreateEntryCommand command) {
        EntryRules.validate(command.content());
        EntryRules.validateSummary(command.summary());
        RevisionKind kind = command.kind() == null ? RevisionKind.CREATE : command.kind();
        apply(new EntryCreatedEvent(
                command.entryId(),
                command.content(),
                kind,
                command.author(),
                command.at(),
                command.summary(),
                command.content().sizeInBytes(),
                command.sourceUpdated(),
                command.importKey()));
    }

    @CommandHandler
    EntryState handle(ReviseEntryCommand command, StaleEditPolicy staleEdits) {
        long base = command.baseRevision();
        if (base > revision) {
            throw new RevisionConflictException(id, base, revision);
        }
        boolean stale = base < revision;
        EntryEdit edit = stale ? merged(base, command.edit(), staleEdits) : command.edit();
        EntryContent after = edit.applyTo(content);
        EntryRules.validate(after);
        EntryRules.validateSummary(command.summary());
        EntryChanges changes = EntryChanges.between(content, after);
        if (changes.isEmpty()) {
            throw new NothingChangedException(id, revision);
        }
        int size = after.sizeInBytes();
        apply(new EntryRevisedEvent(
                id,
                revision + 1,
                base,
                stale ? RevisionKind.MERGE : RevisionKind.EDIT,
                command.author(),
                command.at(),
                command.summary(),
                command.minor(),
                changes,
                size,
                size - content.sizeInBytes()));
        return state(stale);
    }

    /**
     * Takes back what one revision changed: a three-way merge whose base is that revision, whose side is the one
     * before it and whose other side is the present, so later revisions stay unless they touched the same words.
     */
    @CommandHandler
    EntryState handle(UndoRevisionCommand command, PastRevisions past) {
        long undone = command.revision();
        if (undone < 1 || undone > revision) {
            throw new UnknownRevisionException(id, undone, revision);
        }
        if (undone == 1) {
            throw new NothingToUndoException();
        }
        PastRevisions.Undone at = past.undoing(id, undone);
        EditMerge merge = EntryMerge.merge(at.at(), at.before(), content);
        if (merge instanceof EditMerge.Conflicted conflicted) {
            throw EditConflictException.ofUndo(id, undone, revision, conflicted.conflicts(), conflicted.merged());
        }
        EntryContent after = ((EditMerge.Clean) merge).edit().applyTo(content);
        EntryRules.validate(after);
        String summary = command.summary() == null || command.summary().isBlank()
                ? "Undo revision " + undone + " by " + at.author()
                : command.summary();
        revert(RevisionKind.UNDO, after, List.of(undone), command.author(), command.at(), summary);
        return state(false);
    }

    /** Brings back the content of an earlier revision whole; every revision after it counts as taken back. */
    @CommandHandler
    EntryState handle(RestoreRevisionCommand command, PastRevisions past) {
        long restored = command.revision();
        if (restored < 1 || restored > revision) {
            throw new UnknownRevisionException(id, restored, revision);
        }
        if (restored == revision) {
            throw new AlreadyCurrentRevisionException(id, revision);
        }
        String summary = command.summary() == null || command.summary().isBlank()
                ? "Restore revision " + restored
                : command.summary();
        revert(
                RevisionKind.RESTORE,
                past.at(id, restored).content(),
                after(restored),
                command.author(),
                command.at(),
                summary);
        return state(false);
    }

    /**
     * Takes back the newest revisions by one author, back to the newest revision by someone else. The newest
     * revision must be theirs: otherwise someone rolled them back or edited since, and this rollback is too late.
     */
    @CommandHandler
    EntryState handle(RollBackEditsCommand command, PastRevisions past) {
        String editsBy = command.editsBy();
        if (!editsBy.equals(updatedBy)) {
            if (!past.newestNotBy(id, editsBy, revision).edited()) {
                throw new NoEditsByAuthorException(id, editsBy);
            }
            throw new AlreadyRolledBackException(id, editsBy, updatedBy, revision);
        }
        PastRevisions.Others others = past.newestNotBy(id, editsBy, revision);
        if (others.revision() == 0) {
            throw new OnlyAuthorException(id, editsBy);
        }
        String summary = command.summary() == null || command.summary().isBlank()
                ? "Roll back edits by " + editsBy + " to revision " + others.revision() + " by " + others.author()
                : command.summary();
        revert(
                RevisionKind.ROLLBACK,
                others.content(),
                after(others.revision()),
                command.author(),
                command.at(),
                summary);
        return state(false);
    }

    /** The revisions after {@code kept}, up to the current one. */
    private List<Long> after(long kept) {
        return LongStream.rangeClosed(kept + 1, revision).boxed().toList();
    }

    /**
     * Records a revision that makes the content {@code target} and names the revisions it takes back. A restored or
     * rolled-back target was accepted once and comes back as it was, even if the rules grew stricter since; an undo's
     * merged target is validated by its handler.
     */
    private void revert(
            RevisionKind kind, EntryContent target, List<Long> reverts, String author, Instant at, String summary) {
        EntryRules.validateSummary(summary);
        EntryChanges changes = EntryChanges.between(content, target);
        if (changes.isEmpty()) {
            throw new NothingChangedException(id, revision);
        }
        int size = target.sizeInBytes();
        apply(new EntryRevisedEvent(
                id,
                revision + 1,
                revision,
                kind,
                author,
                at,
                summary,
                false,
                changes,
                size,
                size - content.sizeInBytes(),
                reverts));
    }

    /** The stale edit merged onto the current content; conflicts go back to the editor and nothing is recorded. */
    private EntryEdit merged(long base, EntryEdit edit, StaleEditPolicy staleEdits) {
        EditMerge merge = staleEdits.rebase(id, base, content, edit);
        if (merge instanceof EditMerge.Conflicted conflicted) {
            throw new EditConflictException(id, base, revision, conflicted.conflicts(), conflicted.merged());
        }
        return ((EditMerge.Clean) merge).edit();
    }

    private EntryState state(boolean merged) {
        return new EntryState(id, revision, content, createdAt, createdBy, updatedAt, updatedBy, sourceUpdated, merged);
    }

    @EventSourcingHandler
    void on(EntryCreatedEvent event) {
        id = event.entryId();
        revision = 1;
        content = event.content();
        createdAt = event.at();
        createdBy = event.author();
        updatedAt = event.at();
        updatedBy = event.author();
        sourceUpdated = event.sourceUpdated();
    }

    @EventSourcingHandler
    void on(EntryRevisedEvent event) {
        revision = event.revision();
        content = event.changes().applyTo(content);
        updatedAt = event.at();
        updatedBy = event.author();
    }
}
