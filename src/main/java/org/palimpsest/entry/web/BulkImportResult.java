package org.palimpsest.entry.web;

import org.palimpsest.importer.ImportResult;
import org.palimpsest.importer.PageParseException;

/** One page of a bulk import: its entry, or why it failed ({@code line} only when one line is to blame). */
record BulkImportResult(String name, String status, String id, Integer line, String error) {

    static BulkImportResult of(String name, ImportResult result) {
        return new BulkImportResult(name, result.status().name(), result.id(), null, null);
    }

    static BulkImportResult failed(String name, PageParseException e) {
        return new BulkImportResult(
                name, "FAILED", null, e.line().isPresent() ? e.line().getAsInt() : null, e.getMessage());
    }

    static BulkImportResult failed(String name, String error) {
        return new BulkImportResult(name, "FAILED", null, null, error);
    }
}
