package org.palimpsest.entry.web;

import java.time.Instant;

class EntryNotFoundException extends RuntimeException {

    EntryNotFoundException(String id) {
        super("no entry with id '" + id + "'");
    }

    private EntryNotFoundException(String id, Instant asOf) {
        super("no entry with id '" + id + "' as of " + asOf);
    }

    static EntryNotFoundException asOf(String id, Instant asOf) {
        return new EntryNotFoundException(id, asOf);
    }
}
