package org.palimpsest.entry.api;

/** A rollback of the author of every revision: there is no revision by someone else to go back to. */
public class OnlyAuthorException extends RuntimeException {

    public OnlyAuthorException(String entryId, String editsBy) {
        super(editsBy + " made every revision of entry '" + entryId + "'; no revision by someone else to go back to");
    }
}
