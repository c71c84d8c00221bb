package org.palimpsest.entry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.palimpsest.entry.article.ArticleQueries;
import org.palimpsest.entry.article.ArticleView;
import org.palimpsest.importer.HistoryMapsPage;
import org.palimpsest.importer.HistoryMapsPageWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Imports")
class ExportController {

    private final ArticleQueries articles;

    ExportController(ArticleQueries articles) {
        this.articles = articles;
    }

    @GetMapping(path = "/api/entries/{id}", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(
            summary = "The entry as a HistoryMaps page (Accept: text/plain); importing it again gives the same fields",
            description = "406 if the entry holds what the page format cannot (image URL, coordinates, sources).")
    ResponseEntity<String> export(@PathVariable String id) {
        ArticleView view = articles.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no entry with id '" + id + "'"));
        String page;
        try {
            page = HistoryMapsPageWriter.write(new HistoryMapsPage(view.content(), view.sourceUpdated()));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_ACCEPTABLE,
                    "this entry cannot be written as a HistoryMaps page without losing something: " + e.getMessage());
        }
        return ResponseEntity.ok()
                .eTag(RevisionTag.of(view.revision()))
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body(page);
    }
}
