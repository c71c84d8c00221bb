package org.palimpsest.entry.command;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.palimpsest.entry.api.CreateEntryCommand;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryEdit;
import org.palimpsest.entry.api.EntryState;
import org.palimpsest.entry.api.RestoreRevisionCommand;
import org.palimpsest.entry.api.ReviseEntryCommand;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.entry.api.RollBackEditsCommand;
import org.palimpsest.entry.api.UndoRevisionCommand;
import org.springframework.stereotype.Service;

/**
 * Sends entry commands for the web layer and the importer and answers with the entry as the command left it.
 * Nothing here waits for a read model: a read that must show a revision asks for it ({@code minRevision}).
 */
@Service
public class EntryWriter {

    private static final int MAX_SLUG_ATTEMPTS = 1_000;

    private final CommandGateway commands;
    private final EventStore events;
    private final Clock clock;
    private final PastRevisions past;

    EntryWriter(CommandGateway commands, EventStore events, Clock clock, PastRevisions past) {
        this.commands = commands;
        this.events = events;
        this.clock = clock;
        this.past = past;
    }

    /** What an import made: a new entry, or the one that an earlier import of the same page made. */
    public record Imported(String id, boolean existed) {}

    /** Creates the entry under the first free slug of its title ("title", "title-2", …). */
    public EntryState create(EntryContent content, String author, String summary) {
        String slug = EntrySlugs.of(content.title() == null ? "" : content.title());
        Instant at = clock.instant();
        for (int attempt = 1; attempt <= MAX_SLUG_ATTEMPTS; attempt++) {
            String id = EntrySlugs.candidate(slug, attempt);
            try {
                commands.sendAndWait(
                        new CreateEntryCommand(id, content, RevisionKind.CREATE, author, at, summary, null, null));
                return kept(new EntryState(id, 1, content, at, author, at, author, null, false));
            } catch (AggregateStreamCreationException taken) {
                // the slug belongs to another entry: try the next suffix
            }
        }
        throw noFreeId(slug);
    }

    /**
     * Imports a page as an entry, once: the entry made from a page with the same {@code importKey} is recognised by
     * its created event, under the same slugs, whatever editors did to it since and on whichever node it was made;
     * of two imports at once, one creates and the other finds it. Without a key the page becomes a new entry.
     */
    public Imported importPage(
            EntryContent content, String author, String summary, LocalDate sourceUpdated, String importKey) {
        String slug = EntrySlugs.of(content.title() == null ? "" : content.title());
        Instant at = clock.instant();
        for (int attempt = 1; attempt <= MAX_SLUG_ATTEMPTS; attempt++) {
            String id = EntrySlugs.candidate(slug, attempt);
            Optional<String> taken = importKeyOf(id);
            if (taken.isEmpty()) {
                try {
                    commands.sendAndWait(new CreateEntryCommand(
                            id, content, RevisionKind.IMPORT, author, at, summary, sourceUpdated, importKey));
                    past.keep(id, 1, content, author);
                    return new Imported(id, false);
                } catch (AggregateStreamCreationException raced) {
                    taken = importKeyOf(id);
                }
            }
            if (importKey != null && taken.filter(importKey::equals).isPresent()) {
                return new Imported(id, true);
            }
        }
        throw noFreeId(slug);
    }

    public EntryState revise(
            String id, long baseRevision, EntryEdit edit, String author, String summary, boolean minor) {
        return kept(commands.sendAndWait(
                new ReviseEntryCommand(id, baseRevision, edit, author, clock.instant(), summary, minor)));
    }

    /** Takes back what {@code revision} changed; a null summary names the revision and its author. */
    public EntryState undo(String id, long revision, String author, String summary) {
        return kept(commands.sendAndWait(new UndoRevisionCommand(id, revision, author, clock.instant(), summary)));
    }

    /** Makes the content of {@code revision} current again; a null summary names the revision. */
    public EntryState restore(String id, long revision, String author, String summary) {
        return kept(commands.sendAndWait(new RestoreRevisionCommand(id, revision, author, clock.instant(), summary)));
    }

    /** Takes back the newest revisions by {@code editsBy}; a null summary names them and where it went back to. */
    public EntryState rollBack(String id, String editsBy, String author, String summary) {
        return kept(commands.sendAndWait(new RollBackEditsCommand(id, editsBy, author, clock.instant(), summary)));
    }

    /** The entry's newest revision in the event store, whatever the read models hold yet. */
    public Optional<Long> currentRevision(String id) {
        return events.lastSequenceNumberFor(id).map(sequence -> sequence + 1);
    }

    /** The import key in the entry's created event ("" if it was not imported); empty when there is no such entry. */
    private Optional<String> importKeyOf(String id) {
        DomainEventStream stream = events.readEvents(id, 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = stream.next();
        return first.getPayload() instanceof EntryCreatedEvent created
                ? Optional.ofNullable(created.importKey()).or(() -> Optional.of(""))
                : Optional.empty();
    }

    /** The revision a command stored, kept for the undos and rollbacks that may follow it soon. */
    private EntryState kept(EntryState stored) {
        past.keep(stored.entryId(), stored.revision(), stored.content(), stored.updatedBy());
        return stored;
    }

    private static IllegalStateException noFreeId(String slug) {
        return new IllegalStateException("no free id for '" + slug + "' after " + MAX_SLUG_ATTEMPTS + " attempts");
    }
}
