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

    public List<FieldConflict> conflicts() {
        return conflicts;
    }

    public EntryContent merged() {
        return merged;
    }
}
