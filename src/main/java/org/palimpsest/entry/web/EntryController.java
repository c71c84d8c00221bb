package org.palimpsest.entry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.palimpsest.entry.api.EntryState;
import org.palimpsest.entry.article.ArticleQueries;
import org.palimpsest.entry.article.ArticleView;
import org.palimpsest.entry.command.EntryWriter;
import org.palimpsest.entry.history.HistoryQueries;
import org.palimpsest.entry.history.PastEntry;
import org.palimpsest.system.web.BadRequestException;
import org.palimpsest.system.web.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping(path = "/api/entries", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Entries", description = "Read, create and revise historical entries")
class EntryController {

    static final String MIN_REVISION = "the answer shows this revision or a later one: waits up to 5 s for the read "
            + "model (then 503 with Retry-After); 400 if the entry has no such revision";

    private final ArticleQueries articles;
    private final HistoryQueries history;
    private final EntryWriter writer;
    private final EntryEditReader edits;
    private final MinRevision minRevisions;

    EntryController(
            ArticleQueries articles,
            HistoryQueries history,
            EntryWriter writer,
            EntryEditReader edits,
            MinRevision minRevisions) {
        this.articles = articles;
        this.history = history;
        this.writer = writer;
        this.edits = edits;
        this.minRevisions = minRevisions;
    }

    @GetMapping
    @Operation(summary = "List entries by id, paged")
    PageResponse<EntrySummaryResponse> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        return PageResponse.of(
                articles.page(page, size).stream().map(EntrySummaryResponse::of).toList(),
                page,
                size,
                articles.count());
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "An entry as it stands now, its ETag its revision; or with asOf as it stood then",
            description = "With asOf: the revision current at that instant (an instant after now gives the current "
                    + "one), same shape, no ETag; 404 before the entry existed.")
    ResponseEntity<EntryResponse> get(
            @PathVariable String id,
            @Parameter(description = MIN_REVISION) @RequestParam(required = false) Long minRevision,
            @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String asOf,
            WebRequest request) {
        if (asOf != null) {
            if (minRevision != null) {
                throw new BadRequestException("asOf and minRevision: give one of them, not both");
            }
            return ResponseEntity.ok(asOf(id, AsOf.parse(asOf)));
        }
        ArticleView view;
        if (minRevision == null) {
            view = articles.find(id).orElseThrow(() -> new EntryNotFoundException(id));
        } else {
            minRevisions.check(id, minRevision);
            view = articles.find(id, minRevision, MinRevision.WAIT)
                    .filter(found -> found.revision() >= minRevision)
                    .orElseThrow(() -> new ReadModelBehindException("articles", id, minRevision));
        }
        if (request.checkNotModified(RevisionTag.of(view.revision()))) {
            return null;
        }
        return ResponseEntity.ok().eTag(RevisionTag.of(view.revision())).body(EntryResponse.of(view));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create an entry (revision 1); its id is a slug of the title",
            description = "The answer is the entry as the command made it; reads may show it a moment later "
                    + "(or ask with minRevision=1).")
    ResponseEntity<EntryResponse> create(@RequestBody CreateEntryRequest request, Authentication user) {
        EntryState created = writer.create(request.content(), user.getName(), request.summary());
        return ResponseEntity.created(URI.create("/api/entries/" + created.entryId()))
                .eTag(RevisionTag.of(created.revision()))
                .body(EntryResponse.of(created));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Revise an entry: send the revision you edited and only the fields that change",
            description = "An edit on an older revision is merged field by field (texts word by word) with the "
                    + "revisions since: 200 with \"merged\": true, or 409 naming the conflicts and the entry with "
                    + "your version in every conflicting place; 409 too for a baseRevision above the current one; "
                    + "422 if the changes leave the entry as it is. If-Match may stand in for baseRevision. The answer is the "
                    + "entry as the command left it; a read right after may ask for it with minRevision.")
    ResponseEntity<EntryResponse> revise(
            @PathVariable String id,
            @RequestBody ReviseEntryRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            Authentication user) {
        long base = baseRevision(request.baseRevision(), ifMatch);
        EntryState state = writer.revise(
                id,
                base,
                edits.read(request.changes()),
                user.getName(),
                request.summary(),
                Boolean.TRUE.equals(request.minor()));
        return ResponseEntity.ok().eTag(RevisionTag.of(state.revision())).body(EntryResponse.of(state));
    }

    @PostMapping("/{id}/revisions/{revision}/undo")
    @Operation(
            summary = "Undo a revision: take back exactly what it changed, keeping the revisions since",
            description = "Merged three ways with the revisions since (base: the revision, one side: the revision "
                    + "before it, other side: now): 200 with the entry as the undo left it; 409 with the conflicts "
                    + "if later revisions changed the same words or values; 422 for revision 1 or if it was already "
                    + "taken back; 404 for a revision the entry does not have. The body {\"summary\": ...} is "
                    + "optional.")
    ResponseEntity<EntryResponse> undo(
            @PathVariable String id,
            @PathVariable long revision,
            @RequestBody(required = false) UndoRevisionRequest request,
            Authentication user) {
        String summary = request == null ? null : request.summary();
        EntryState state = writer.undo(id, revision, user.getName(), summary);
        return ResponseEntity.ok().eTag(RevisionTag.of(state.revision())).body(EntryResponse.of(state));
    }

    @PostMapping(path = "/{id}/restore", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Restore a revision: a new revision (RESTORE) whose content is that revision's",
            description = "Every revision after it counts as taken back (its revertedBy names the new one). 200 "
                    + "with the entry as it now stands, as a PUT answers; 422 for the current revision or when "
                    + "the content is already that revision's; 404 for a revision the entry does not have; 400 "
                    + "without a revision.")
    ResponseEntity<EntryResponse> restore(
            @PathVariable String id, @RequestBody RestoreRevisionRequest request, Authentication user) {
        if (request.revision() == null) {
            throw new BadRequestException("revision: required (the revision whose content comes back)");
        }
        if (request.revision() < 1) {
            throw new BadRequestException(
                    "revision: " + request.revision() + " is not a revision (revisions start at 1)");
        }
        EntryState state = writer.restore(id, request.revision(), user.getName(), request.summary());
        return ResponseEntity.ok().eTag(RevisionTag.of(state.revision())).body(EntryResponse.of(state));
    }

    @PostMapping(path = "/{id}/rollback", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Roll back an author's newest revisions (REVIEWER or ADMIN)",
            description = "Takes back all the newest consecutive revisions by the author, to the newest revision "
                    + "by someone else, in one new revision (ROLLBACK). 200 with the entry as it now stands; 409 "
                    + "(code alreadyrolled) if the newest revision is not the author's, 409 (code onlyauthor) if the "
                    + "author made every revision; 422 if the author made none; 403 for an editor.")
    ResponseEntity<EntryResponse> rollBack(
            @PathVariable String id, @RequestBody RollbackRequest request, Authentication user) {
        if (request.author() == null || request.author().isBlank()) {
            throw new BadRequestException("author: required (whose newest revisions are taken back)");
        }
        EntryState state = writer.rollBack(id, request.author(), user.getName(), request.summary());
        return ResponseEntity.ok().eTag(RevisionTag.of(state.revision())).body(EntryResponse.of(state));
    }

    private EntryResponse asOf(String id, Instant instant) {
        PastEntry past = history.asOf(id, instant).orElseThrow(() -> EntryNotFoundException.asOf(id, instant));
        LocalDate sourceUpdated =
                articles.find(id).map(ArticleView::sourceUpdated).orElse(null);
        return EntryResponse.of(id, past, sourceUpdated);
    }

    private static long baseRevision(Long fromBody, String ifMatch) {
        Long base = fromBody != null ? fromBody : ifMatch != null ? RevisionTag.parse(ifMatch) : null;
        if (base == null) {
            throw new BadRequestException("baseRevision: required (the revision your edit was made on)");
        }
        if (base < 1) {
            throw new BadRequestException("baseRevision: " + base + " is not a revision (revisions start at 1)");
        }
        return base;
    }
}
