package org.palimpsest.entry.api;

/** A rollback of an author who never revised the entry (or any entry). */
public class NoEditsByAuthorException extends RuntimeException {

    public NoEditsByAuthorException(String editsBy) {
        super(editsBy + " made no revision of any entry; nothing to roll back");
    }

    public NoEditsByAuthorException(String entryId, String editsBy) {
        super(editsBy + " made no revision of entry '" + entryId + "'; nothing to roll back");
    }
}
