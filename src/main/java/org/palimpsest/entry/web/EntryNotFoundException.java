package org.palimpsest.entry.web;

class EntryNotFoundException extends RuntimeException {

    EntryNotFoundException(String id) {
        super("no entry with id '" + id + "'");
    }
}
