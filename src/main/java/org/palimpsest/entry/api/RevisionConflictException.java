package org.palimpsest.entry.api;

/** A revise was based on a revision that is not the current one and could not be merged onto it. */
public class RevisionConflictException extends RuntimeException {

    private final long currentRevision;

    public RevisionConflictException(String entryId, long baseRevision, long currentRevision) {
        super("entry '" + entryId + "' is at revision " + currentRevision + ", the edit was based on revision "
                + baseRevision + "; reload and apply your change to revision " + currentRevision);
        this.currentRevision = currentRevision;
    }

    /** A stale edit whose changes conflict with the revisions since its base. */
    RevisionConflictException(String entryId, long baseRevision, long currentRevision, int conflicts) {
        super("entry '" + entryId + "' is at revision " + currentRevision + ", the edit was based on revision "
                + baseRevision + " and " + conflicts
                + (conflicts == 1 ? " of its changes conflicts" : " of its changes conflict")
                + " with the revisions since; resolve them and send the edit based on revision " + currentRevision);
        this.currentRevision = currentRevision;
    }

    RevisionConflictException(String message, long currentRevision) {
        super(message);
        this.currentRevision = currentRevision;
    }

    public long currentRevision() {
        return currentRevision;
    }
}
