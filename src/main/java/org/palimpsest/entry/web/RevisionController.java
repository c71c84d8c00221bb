package org.palimpsest.entry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.palimpsest.entry.article.ArticleQueries;
import org.palimpsest.entry.history.HistoryQueries;
import org.palimpsest.entry.history.RevisionSummary;
import org.palimpsest.system.web.BadRequestException;
import org.palimpsest.system.web.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/entries/{id}/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "History", description = "An entry's revisions and any past revision in full")
class RevisionController {

    private final HistoryQueries history;
    private final ArticleQueries articles;
    private final MinRevision minRevisions;

    RevisionController(HistoryQueries history, ArticleQueries articles, MinRevision minRevisions) {
        this.history = history;
        this.articles = articles;
        this.minRevisions = minRevisions;
    }

    @GetMapping
    @Operation(
            summary = "The entry's revisions, newest first (size up to 1000); with since=n only those after n, "
                    + "oldest first, up to the newest stored when asked (waiting for the history up to 5 s, then 503)",
            description = "Each revision carries its kind, the revisions it reverts and, once taken back, "
                    + "revertedBy. With since, page and size page through the revisions after n in ascending "
                    + "order and totalElements counts only those.")
    PageResponse<RevisionSummary> list(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "only the revisions after this one, oldest first (0: all)")
                    @RequestParam(required = false)
                    Long since,
            @Parameter(description = EntryController.MIN_REVISION) @RequestParam(required = false) Long minRevision) {
        Paging.check(page, size);
        if (since != null && since < 0) {
            throw new BadRequestException("since: must be 0 or more, got " + since);
        }
        if (since != null && minRevision == null) {
            // a catch-up answers every revision stored before it was asked, so it waits for the history to hold them
            long current = minRevisions.current(id);
            minRevision = current > 0 ? current : null;
        }
        long total;
        if (minRevision == null) {
            total = history.count(id);
            if (total == 0 && articles.find(id).isEmpty()) {
                throw new EntryNotFoundException(id);
            }
        } else {
            minRevisions.check(id, minRevision);
            total = history.count(id, minRevision, MinRevision.WAIT);
            if (total < minRevision) {
                throw new ReadModelBehindException("history", id, minRevision);
            }
        }
        if (since != null) {
            return PageResponse.of(history.since(id, since, page, size), page, size, Math.max(0, total - since));
        }
        return PageResponse.of(history.page(id, page, size), page, size, total);
    }

    @GetMapping("/{revision}")
    @Operation(summary = "The whole entry as it was at a revision")
    ResponseEntity<EntryRevisionResponse> get(
            @PathVariable String id,
            @PathVariable long revision,
            @Parameter(description = EntryController.MIN_REVISION) @RequestParam(required = false) Long minRevision) {
        if (minRevision != null) {
            minRevisions.check(id, minRevision);
            if (history.count(id, minRevision, MinRevision.WAIT) < minRevision) {
                throw new ReadModelBehindException("history", id, minRevision);
            }
        }
        RevisionSummary summary = history.summary(id, revision)
                .orElseThrow(() -> articles.find(id).isEmpty()
                        ? new EntryNotFoundException(id)
                        : new RevisionNotFoundException(id, revision));
        return history.contentAt(id, revision)
                .map(content -> ResponseEntity.ok()
                        .eTag(RevisionTag.of(revision))
                        .body(EntryRevisionResponse.of(id, summary, content)))
                .orElseThrow(() -> new RevisionNotFoundException(id, revision));
    }
}
