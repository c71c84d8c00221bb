package org.palimpsest.importer;

/** What became of one page: a new entry, or the entry that an earlier import of the same page made. */
public record ImportResult(String id, Status status) {

    public enum Status {
        CREATED,
        EXISTS
    }

    static ImportResult created(String id) {
        return new ImportResult(id, Status.CREATED);
    }

    static ImportResult existing(String id) {
        return new ImportResult(id, Status.EXISTS);
    }
}
