package org.palimpsest.entry.api;

/**
 * A rollback of an author whose revision is no longer the newest: someone rolled it back or edited since
 * (MediaWiki's "alreadyrolled").
 */
public class AlreadyRolledBackException extends RuntimeException {

    private final String newestAuthor;
    private final long currentRevision;

    public AlreadyRolledBackException(String entryId, String editsBy, String newestAuthor, long currentRevision) {
        super("the newest revision of entry '" + entryId + "' (" + currentRevision + ") is by " + newestAuthor
                + ", not " + editsBy + ": already rolled back or edited since");
        this.newestAuthor = newestAuthor;
        this.currentRevision = currentRevision;
    }

    public String newestAuthor() {
        return newestAuthor;
    }

    public long currentRevision() {
        return currentRevision;
    }
}
