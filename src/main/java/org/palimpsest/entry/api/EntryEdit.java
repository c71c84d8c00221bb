package org.palimpsest.entry.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a revision proposes: for each field it touches, its new value (the body as its whole new text) or its
 * removal. The event will record only what differs, as the field model says ({@link EntryChanges#between}).
 */
public record EntryEdit(Map<EntryField, FieldChange> changes) {

    public EntryEdit {
        Map<EntryField, FieldChange> copy = new EnumMap<>(EntryField.class);
        copy.putAll(changes);
        copy.forEach((field, change) -> {
            if (change instanceof FieldChange.Removed && !field.removable()) {
                throw new InvalidEntryException(
                        field.jsonName(), field.jsonName() + ": cannot be removed, only changed");
            }
        });
        changes = Collections.unmodifiableMap(copy);
    }

    public static EntryEdit of(EntryField field, Object value) {
        return new EntryEdit(Map.of()).with(field, value);
    }

    public static EntryEdit removing(EntryField field) {
        return new EntryEdit(Map.of(field, new FieldChange.Removed()));
    }

    /** This edit, also giving {@code field} a new value ({@code null} removes it). */
    public EntryEdit with(EntryField field, Object value) {
        Map<EntryField, FieldChange> more = new EnumMap<>(EntryField.class);
        more.putAll(changes);
        more.put(field, value == null ? new FieldChange.Removed() : new FieldChange.Value(value));
        return new EntryEdit(more);
    }

    public EntryContent applyTo(EntryContent before) {
        return before.apply(changes);
    }
}
