package org.palimpsest.entry.api;

import org.palimpsest.text.MergeResult;

/**
 * One place where a stale edit and the revisions since changed a field differently: the field's value at the
 * edit's base, the editor's ("mine") and the current one ("theirs"). For a text field these are the conflicting
 * words only, and {@code text} says where they are; for a value field they are the whole values and {@code text} is
 * {@code null}.
 */
public record FieldConflict(EntryField field, Object base, Object mine, Object theirs, MergeResult.Conflict text) {

    public static FieldConflict ofValues(EntryField field, Object base, Object mine, Object theirs) {
        return new FieldConflict(field, base, mine, theirs, null);
    }

    public static FieldConflict ofText(EntryField field, MergeResult.Conflict text) {
        return new FieldConflict(field, text.base(), text.mine(), text.theirs(), text);
    }
}
