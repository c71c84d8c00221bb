package org.palimpsest.entry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.palimpsest.entry.article.ArticleQueries;
import org.palimpsest.entry.article.ArticleView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The body as HTML for the browser client, apart from the entry so that a plain GET of it stays cheap. */
@RestController
@RequestMapping(path = "/api/entries", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Entries")
class RenderedBodyController {

    private final ArticleQueries articles;
    private final MarkdownHtml markdown;
    private final MinRevision minRevisions;

    RenderedBodyController(ArticleQueries articles, MarkdownHtml markdown, MinRevision minRevisions) {
        this.articles = articles;
        this.markdown = markdown;
        this.minRevisions = minRevisions;
    }

    @GetMapping("/{id}/rendered")
    @Operation(
            summary = "The entry's body rendered from Markdown as HTML",
            description = "Raw HTML in the body comes out escaped, and links or images with a URL other than "
                    + "http, https or mailto lose it, so the HTML may be inserted into a page as it is.")
    RenderedBodyResponse rendered(
            @PathVariable String id,
            @Parameter(description = EntryController.MIN_REVISION) @RequestParam(required = false) Long minRevision) {
        ArticleView view;
        if (minRevision == null) {
            view = articles.find(id).orElseThrow(() -> new EntryNotFoundException(id));
        } else {
            minRevisions.check(id, minRevision);
            view = articles.find(id, minRevision, MinRevision.WAIT)
                    .filter(found -> found.revision() >= minRevision)
                    .orElseThrow(() -> new ReadModelBehindException("articles", id, minRevision));
        }
        return new RenderedBodyResponse(
                view.id(), view.revision(), markdown.render(view.content().body()));
    }
}
