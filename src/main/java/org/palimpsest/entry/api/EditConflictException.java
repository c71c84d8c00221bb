package org.palimpsest.entry.api;

import java.util.List;

/**
 * A stale edit could not be merged with the revisions since its base. Only the transport of the merge's result to
 * the web layer: the conflicts, and the entry as it would be with the editor's version in every conflicting place.
 */
public class EditConflictException extends RevisionConflictException {

    private final transient List<FieldConflict> conflicts;
    private final transient EntryContent merged;

    public EditConflictException(
            String entryId,
            long baseRevision,
            long currentRevision,
            List<FieldConflict> conflicts,
            EntryContent merged) {
        super(entryId, baseRevision, currentRevision, conflicts.size());
        this.conflicts = List.copyOf(conflicts);
        this.merged = merged;
    }

    private EditConflictException(
            String message, long currentRevision, List<FieldConflict> conflicts, EntryContent merged) {
        super(message, currentRevision);
        this.conflicts = List.copyOf(conflicts);
        this.merged = merged;
    }

    /** An undo of {@code undone} whose changes the revisions since changed again; {@code merged} takes them back. */
    public static EditConflictException ofUndo(
            String entryId, long undone, long currentRevision, List<FieldConflict> conflicts, EntryContent merged) {
        return new EditConflictException(
                "entry '" + entryId + "' is at revision " + currentRevision + " and " + conflicts.size()
                        + (conflicts.size() == 1 ? " change" : " changes") + " of revision " + undone
                        + " to take back " + (conflicts.size() == 1 ? "was" : "were")
                        + " changed again since; edit revision " + currentRevision + " by hand instead",
                currentRevision,
                conflicts,
                merged);
    }

    public List<FieldConflict> conflicts() {
        return conflicts;
    }

    public EntryContent merged() {
        return merged;
    }
}
