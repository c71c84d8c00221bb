package org.palimpsest.entry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.diff.EntryDiff;
import org.palimpsest.entry.history.HistoryQueries;
import org.palimpsest.system.web.BadRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/entries/{id}/diff", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "History", description = "An entry's revisions and any past revision in full")
class DiffController {

    private final HistoryQueries history;

    DiffController(HistoryQueries history) {
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "How two revisions differ, field by field (the body by paragraphs, moves included)")
    @ApiResponse(
            responseCode = "200",
            description = "the diff as data, or with format=html each field as HTML fragments",
            content = @Content(schema = @Schema(oneOf = {EntryDiffResponse.class, EntryDiffHtmlResponse.class})))
    Object diff(
            @PathVariable String id,
            @Parameter(description = "the old side; by default the revision before to (for revision 1, itself)")
                    @RequestParam(required = false)
                    Long from,
            @Parameter(description = "the new side; by default the newest revision") @RequestParam(required = false)
                    Long to,
            @Parameter(description = "json (the default): the diff as data; html: each field as HTML fragments")
                    @RequestParam(defaultValue = "json")
                    String format) {
        if (!format.equals("json") && !format.equals("html")) {
            throw new BadRequestException("format: '" + format + "' is neither json nor html");
        }
        boolean html = format.equals("html");
        checkRevision("from", from);
        checkRevision("to", to);
        long toRevision = to == null ? newest(id) : to;
        long fromRevision = from == null ? Math.max(1, toRevision - 1) : from;
        EntryContent before = contentAt(id, fromRevision);
        EntryContent after = fromRevision == toRevision ? before : contentAt(id, toRevision);
        return html
                ? new EntryDiffHtmlResponse(id, fromRevision, toRevision, EntryDiff.html(before, after))
                : new EntryDiffResponse(id, fromRevision, toRevision, EntryDiff.between(before, after));
    }

    private static void checkRevision(String name, Long revision) {
        if (revision != null && revision < 1) {
            throw new BadRequestException(name + ": " + revision + " is not a revision (revisions start at 1)");
        }
    }

    private long newest(String id) {
        long newest = history.count(id);
        if (newest == 0) {
            throw new EntryNotFoundException(id);
        }
        return newest;
    }

    /** The revision's content; only when the history does not hold it, whether the entry exists (either way 404). */
    private EntryContent contentAt(String id, long revision) {
        return history.contentAt(id, revision)
                .orElseThrow(() -> history.count(id) == 0
                        ? new EntryNotFoundException(id)
                        : new RevisionNotFoundException(id, revision));
    }
}
