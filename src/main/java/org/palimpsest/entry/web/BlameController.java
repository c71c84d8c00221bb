package org.palimpsest.entry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.palimpsest.entry.blame.BlameQueries;
import org.palimpsest.entry.blame.EntryBlame;
import org.palimpsest.system.web.BadRequestException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/entries/{id}/blame", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "History", description = "An entry's revisions and any past revision in full")
class BlameController {

    private final BlameQueries blame;
    private final MinRevision minRevisions;

    BlameController(BlameQueries blame, MinRevision minRevisions) {
        this.blame = blame;
        this.minRevisions = minRevisions;
    }

    @GetMapping
    @Operation(
            summary = "Who wrote each part of the body: spans that join to it, each credited to the revision that"
                    + " first wrote it (text brought back by an undo or a restore goes back to its first author)")
    ResponseEntity<EntryBlame> blame(
            @PathVariable String id,
            @Parameter(description = "the revision whose body to credit; by default the newest")
                    @RequestParam(required = false)
                    Long revision,
            @Parameter(description = EntryController.MIN_REVISION) @RequestParam(required = false) Long minRevision) {
        if (revision != null && revision < 1) {
            throw new BadRequestException("revision: " + revision + " is not a revision (revisions start at 1)");
        }
        if (minRevision != null) {
            minRevisions.check(id, minRevision);
            if (blame.held(id, minRevision, MinRevision.WAIT) < minRevision) {
                throw new ReadModelBehindException("blame", id, minRevision);
            }
        }
        EntryBlame found = (revision == null ? blame.current(id) : blame.at(id, revision))
                .orElseThrow(() -> revision == null || blame.revisionHeld(id) == 0
                        ? new EntryNotFoundException(id)
                        : new RevisionNotFoundException(id, revision));
        return ResponseEntity.ok().eTag(RevisionTag.of(found.revision())).body(found);
    }
}
