package org.palimpsest.entry.api;

/** A restore named the revision the entry is at: there is nothing to bring back. */
public class AlreadyCurrentRevisionException extends RuntimeException {

    public AlreadyCurrentRevisionException(String entryId, long revision) {
        super("entry '" + entryId + "' is at revision " + revision + " already; nothing to restore");
    }
}
