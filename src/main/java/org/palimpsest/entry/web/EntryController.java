package org.palimpsest.entry.web;

import java.net.URI;

import org.palimpsest.entry.api.EntryState;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.entry.command.EntryWriter;
import org.palimpsest.entry.article.ArticleRepository;
import org.palimpsest.entry.article.ArticleView;
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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/entries", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Entries", description = "Read, create and revise historical entries")
class EntryController {

    private final ArticleRepository articles;
    private final EntryWriter writer;
    private final EntryEditReader edits;

    EntryController(ArticleRepository articles, EntryWriter writer, EntryEditReader edits) {
        this.articles = articles;
        this.writer = writer;
        this.edits = edits;
    }

    @GetMapping
    @Operation(summary = "List entries by id, paged")
    PageResponse<EntrySummaryResponse> list(@RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        return PageResponse.of(articles.page(page, size).stream().map(EntrySummaryResponse::of).toList(), page,
                size, articles.count());
    }

    @GetMapping("/{id}")
    @Operation(summary = "An entry as it stands now; its ETag is its revision")
    ResponseEntity<EntryResponse> get(@PathVariable String id, WebRequest request) {
        ArticleView view = articles.find(id).orElseThrow(() -> new EntryNotFoundException(id));
        if (request.checkNotModified(etag(view.revision()))) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag(view.revision())).body(EntryResponse.of(view));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create an entry (revision 1); its id is a slug of the title")
    ResponseEntity<EntryResponse> create(@RequestBody CreateEntryRequest request, Authentication user) {
        String id = writer.create(request.content(), RevisionKind.CREATE, user.getName(), request.summary(), null);
        ArticleView view = articles.find(id).orElseThrow(() -> new EntryNotFoundException(id));
        return ResponseEntity.created(URI.create("/api/entries/" + id)).eTag(etag(view.revision()))
                .body(EntryResponse.of(view));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revise an entry: send the revision you edited and only the fields that change",
            description = "409 if baseRevision is not the current revision (the problem names it); 422 if the "
                    + "changes leave the entry as it is. If-Match may stand in for baseRevision.")
    ResponseEntity<EntryResponse> revise(@PathVariable String id, @RequestBody ReviseEntryRequest request,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         Authentication user) {
        long base = baseRevision(request.baseRevision(), ifMatch);
        EntryState state = writer.revise(id, base, edits.read(request.changes()), user.getName(),
                request.summary(), Boolean.TRUE.equals(request.minor()));
        ArticleView view = articles.find(id).filter(found -> found.revision() == state.revision())
                .orElseGet(() -> new ArticleView(id, state.revision(), state.content(), null, null, null,
                        user.getName(), null));
        return ResponseEntity.ok().eTag(etag(state.revision())).body(EntryResponse.of(view));
    }

    private static long baseRevision(Long fromBody, String ifMatch) {
        if (fromBody != null) {
            return fromBody;
        }
        if (ifMatch != null) {
            try {
                return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
            } catch (NumberFormatException e) {
                throw new BadRequestException("If-Match: '" + ifMatch + "' is not a revision ETag such as \"3\"");
            }
        }
        throw new BadRequestException("baseRevision: required (the revision your edit was made on)");
    }

    static String etag(long revision) {
        return "\"" + revision + "\"";
    }
}
