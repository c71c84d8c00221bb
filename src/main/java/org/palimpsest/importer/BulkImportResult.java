package org.palimpsest.importer;

/** One page of a bulk import: its entry, or why it failed ({@code line} 0 when not about one line). */
record BulkImportResult(String name, String status, String id, Integer line, String error) {

    static BulkImportResult of(String name, ImportResult result) {
        return new BulkImportResult(name, result.status().name(), result.id(), null, null);
    }

    static BulkImportResult failed(String name, int line, String error) {
        return new BulkImportResult(name, "FAILED", null, line, error);
    }
}
