package org.palimpsest.entry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.palimpsest.importer.ImportResult;
import org.palimpsest.importer.ImportService;
import org.palimpsest.importer.PageParseException;
import org.palimpsest.system.PalimpsestProperties;
import org.palimpsest.system.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping(path = "/api/imports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Imports", description = "HistoryMaps pages in, entries out")
class ImportController {

    private final ImportService imports;
    private final int maxPageBytes;

    ImportController(ImportService imports, PalimpsestProperties properties) {
        this.imports = imports;
        this.maxPageBytes = properties.maxRequestBytes();
    }

    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(
            summary = "Import one HistoryMaps page as an entry",
            description =
                    "201 with the new entry's id; 200 with the existing id if a page with the same timeline "
                            + "and title was imported before, however that entry was edited since (nothing recorded); "
                            + "again=true imports it as a new entry all the same; 422 naming the line that could not be placed.")
    ResponseEntity<ImportResult> importPage(
            @RequestBody(required = false) byte[] page,
            @Parameter(description = "import as a new entry even if the page was " + "imported before")
                    @RequestParam(defaultValue = "false")
                    boolean again,
            Authentication user) {
        ImportResult result = imports.importPage(page == null ? new byte[0] : page, user.getName(), again);
        if (result.status() == ImportResult.Status.EXISTS) {
            return ResponseEntity.ok(result);
        }
        return ResponseEntity.created(URI.create("/api/entries/" + result.id())).body(result);
    }

    @PostMapping(path = "/bulk", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import several pages (a folder's files) in one request, with a result per page",
            description = "Send each page as a file part named 'pages', e.g. curl -F pages=@a.txt -F pages=@b.txt.")
    List<BulkImportResult> importPages(@RequestPart("pages") List<MultipartFile> pages, Authentication user) {
        List<BulkImportResult> results = new ArrayList<>();
        for (MultipartFile page : pages) {
            results.add(importOne(page, user.getName()));
        }
        return results;
    }

    private BulkImportResult importOne(MultipartFile page, String author) {
        String name = page.getOriginalFilename() == null ? page.getName() : page.getOriginalFilename();
        if (page.getSize() > maxPageBytes) {
            return BulkImportResult.failed(name, "page of " + page.getSize() + " bytes; at most " + maxPageBytes);
        }
        try {
            return BulkImportResult.of(name, imports.importPage(page.getBytes(), author, false));
        } catch (PageParseException e) {
            return BulkImportResult.failed(name, e);
        } catch (IOException e) {
            return BulkImportResult.failed(name, "could not read the upload: " + e.getMessage());
        }
    }

    @ExceptionHandler(PageParseException.class)
    ResponseEntity<ProblemDetail> unreadable(PageParseException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        e.line().ifPresent(line -> problem.setProperty("line", line));
        return Problems.response(problem);
    }
}
