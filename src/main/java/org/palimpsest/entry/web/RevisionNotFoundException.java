package org.palimpsest.entry.web;

class RevisionNotFoundException extends RuntimeException {

    RevisionNotFoundException(String id, long revision) {
        super("entry '" + id + "' has no revision " + revision);
    }
}
