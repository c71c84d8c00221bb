package org.palimpsest.entry.command;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.palimpsest.entry.api.CreateEntryCommand;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryEdit;
import org.palimpsest.entry.api.EntryState;
import org.palimpsest.entry.api.ReviseEntryCommand;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.system.projection.ProjectionCatchUp;
import org.springframework.stereotype.Service;

/**
 * Sends entry commands for the web layer and the importer, and waits for the article and history
 * projections, so that whoever wrote can read what they wrote.
 */
@Service
public class EntryWriter {

    static final List<String> READ_MODELS = List.of("articles", "history", "timelines");
    private static final int MAX_SLUG_ATTEMPTS = 1_000;
    private static final Duration CATCH_UP = Duration.ofSeconds(10);

    private final CommandGateway commands;
    private final ProjectionCatchUp catchUp;
    private final Clock clock;

    EntryWriter(CommandGateway commands, ProjectionCatchUp catchUp, Clock clock) {
        this.commands = commands;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    /** Creates the entry under the first free slug of its title ("title", "title-2", …) and returns its id. */
    public String create(EntryContent content, RevisionKind kind, String author, String summary,
                         LocalDate sourceUpdated) {
        String slug = EntrySlugs.of(content.title() == null ? "" : content.title());
        for (int attempt = 1; attempt <= MAX_SLUG_ATTEMPTS; attempt++) {
            String id = EntrySlugs.candidate(slug, attempt);
            try {
                commands.sendAndWait(new CreateEntryCommand(id, content, kind, author, clock.instant(), summary,
                        sourceUpdated));
                catchUp.await(id, 1, READ_MODELS, CATCH_UP);
                return id;
            } catch (AggregateStreamCreationException taken) {
                // the slug belongs to another entry: try the next suffix
            }
        }
        throw new IllegalStateException("no free id for '" + slug + "' after " + MAX_SLUG_ATTEMPTS + " attempts");
    }

    public EntryState revise(String id, long baseRevision, EntryEdit edit, String author, String summary, boolean minor) {
        EntryState state = commands.sendAndWait(new ReviseEntryCommand(id, baseRevision, edit, author,
                clock.instant(), summary, minor));
        catchUp.await(id, state.revision(), READ_MODELS, CATCH_UP);
        return state;
    }
}
