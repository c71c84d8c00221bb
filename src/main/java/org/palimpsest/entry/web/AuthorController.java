package org.palimpsest.entry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.palimpsest.entry.api.AlreadyRolledBackException;
import org.palimpsest.entry.api.NoEditsByAuthorException;
import org.palimpsest.entry.api.NothingChangedException;
import org.palimpsest.entry.api.OnlyAuthorException;
import org.palimpsest.entry.command.EntryWriter;
import org.palimpsest.entry.history.HistoryQueries;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/authors", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authors", description = "What one author did, across entries")
class AuthorController {

    private final HistoryQueries history;
    private final EntryWriter writer;

    AuthorController(HistoryQueries history, EntryWriter writer) {
        this.history = history;
        this.writer = writer;
    }

    /**
     * The candidates come from the history read model; each entry's aggregate decides, so an entry edited or rolled
     * back since the read model saw it is skipped, never rolled back twice.
     */
    @PostMapping("/{name}/rollback")
    @Operation(
            summary = "Roll back an author's newest revisions on every entry where they are the newest (REVIEWER "
                    + "or ADMIN)",
            description = "One ROLLBACK revision per entry whose newest revisions are the author's, as POST "
                    + "/api/entries/{id}/rollback makes; the answer lists each entry, by id, as rolled-back (with "
                    + "the new revision) or skipped (with a reason: alreadyrolled, onlyauthor, nochange). 422 if "
                    + "the author made no revision at all. The body {\"summary\": ...} is optional.")
    List<RollbackOutcome> rollBack(
            @PathVariable String name,
            @RequestBody(required = false) AuthorRollbackRequest request,
            Authentication user) {
        if (!history.hasRevisions(name)) {
            throw new NoEditsByAuthorException(name);
        }
        String summary = request == null ? null : request.summary();
        List<RollbackOutcome> outcomes = new ArrayList<>();
        for (String id : history.entriesLastRevisedBy(name)) {
            outcomes.add(rollBack(id, name, user.getName(), summary));
        }
        return outcomes;
    }

    private RollbackOutcome rollBack(String id, String editsBy, String reviewer, String summary) {
        try {
            return new RollbackOutcome.RolledBack(
                    id, writer.rollBack(id, editsBy, reviewer, summary).revision());
        } catch (AlreadyRolledBackException | NoEditsByAuthorException e) {
            return new RollbackOutcome.Skipped(id, "alreadyrolled", e.getMessage());
        } catch (OnlyAuthorException e) {
            return new RollbackOutcome.Skipped(id, "onlyauthor", e.getMessage());
        } catch (NothingChangedException e) {
            return new RollbackOutcome.Skipped(id, "nochange", e.getMessage());
        }
    }
}
