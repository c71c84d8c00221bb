package org.palimpsest.entry.command;

import java.util.List;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryEdit;
import org.palimpsest.entry.api.FieldConflict;

/** What a three-way merge of a stale edit ends in. */
sealed interface EditMerge {

    /** The edit to apply to the current content: the editor's changes combined with the revisions since. */
    record Clean(EntryEdit edit) implements EditMerge {}

    /**
     * Fields both sides changed differently, and the entry as it would be with the editor's version in every
     * conflicting place.
     */
    record Conflicted(List<FieldConflict> conflicts, EntryContent merged) implements EditMerge {

        public Conflicted {
            conflicts = List.copyOf(conflicts);
        }
    }
}
