package org.palimpsest.entry.command;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryEdit;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.FieldChange;
import org.palimpsest.entry.api.FieldConflict;
import org.palimpsest.text.MergeResult;
import org.palimpsest.text.WordMerge;

/**
 * The three-way merge of an entry, field by field from the model: a field only one side changed takes that side,
 * a field both changed alike takes it, a text both changed is merged word by word, and any other field both changed
 * differently is a conflict.
 */
final class EntryMerge {

    private EntryMerge() {}

    static EditMerge merge(EntryContent base, EntryEdit edit, EntryContent current) {
        return merge(base, edit.applyTo(base), current);
    }

    static EditMerge merge(EntryContent base, EntryContent mine, EntryContent current) {
        Map<EntryField, FieldChange> merged = new EnumMap<>(EntryField.class);
        Map<EntryField, FieldChange> withMine = new EnumMap<>(EntryField.class);
        List<FieldConflict> conflicts = new ArrayList<>();
        for (EntryField field : EntryField.values()) {
            Object was = base.get(field);
            Object ours = mine.get(field);
            Object theirs = current.get(field);
            if (field.same(was, ours) || field.same(ours, theirs)) {
                continue;
            }
            if (field.same(was, theirs)) {
                merged.put(field, change(ours));
                withMine.put(field, change(ours));
            } else if (field.valueType() == String.class) {
                MergeResult text = WordMerge.merge(text(was), text(ours), text(theirs));
                if (text instanceof MergeResult.Clean clean) {
                    merged.put(field, change(clean.text()));
                    withMine.put(field, change(clean.text()));
                } else {
                    MergeResult.Conflicted conflicted = (MergeResult.Conflicted) text;
                    conflicted.conflicts().forEach(conflict -> conflicts.add(FieldConflict.ofText(field, conflict)));
                    withMine.put(field, change(conflicted.textWithMine()));
                }
            } else {
                conflicts.add(FieldConflict.ofValues(field, was, ours, theirs));
                withMine.put(field, change(ours));
            }
        }
        if (conflicts.isEmpty()) {
            return new EditMerge.Clean(new EntryEdit(merged));
        }
        return new EditMerge.Conflicted(conflicts, current.apply(withMine));
    }

    private static FieldChange change(Object value) {
        return value == null ? new FieldChange.Removed() : new FieldChange.Value(value);
    }

    private static String text(Object value) {
        return value == null ? "" : (String) value;
    }
}
