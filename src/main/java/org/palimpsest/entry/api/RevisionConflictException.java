package org.palimpsest.entry.api;

/** A revise was based on a revision that is no longer the current one. */
public class RevisionConflictException extends RuntimeException {

    private final long currentRevision;

    public RevisionConflictException(String entryId, long baseRevision, long currentRevision) {
        super("entry '" + entryId + "' is at revision " + currentRevision + ", the edit was based on revision "
                + baseRevision + "; reload and apply your change to revision " + currentRevision);
        this.currentRevision = currentRevision;
    }

    public long currentRevision() {
        return currentRevision;
    }
}
