package org.palimpsest.entry.api;

import org.palimpsest.text.TextPatch;

/**
 * What a revision does to one field: gives it a new value, removes it (optional fields only), or patches
 * its text. Edits and recorded changes are both maps of these, applied by {@link EntryContent#apply}.
 */
public sealed interface FieldChange {

    Object applyTo(Object before);

    /** The field's new value, whole. */
    record Value(Object value) implements FieldChange {

        public Value {
            if (value == null) {
                throw new IllegalArgumentException("a new value cannot be null: use Removed");
            }
        }

        @Override
        public Object applyTo(Object before) {
            return value;
        }
    }

    /** An optional field taken away. */
    record Removed() implements FieldChange {

        @Override
        public Object applyTo(Object before) {
            return null;
        }
    }

    /** A text field changed by the hunks of a patch. */
    record Patch(TextPatch patch) implements FieldChange {

        @Override
        public Object applyTo(Object before) {
            return patch.applyTo(before == null ? "" : (String) before);
        }
    }
}
