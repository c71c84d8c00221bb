package org.palimpsest.entry.api;

/** A command named a revision the entry does not have (yet). */
public class UnknownRevisionException extends RuntimeException {

    public UnknownRevisionException(String entryId, long revision, long currentRevision) {
        super("entry '" + entryId + "' has no revision " + revision + " (it is at revision " + currentRevision + ")");
    }
}
