package org.palimpsest.entry.api;

import java.util.EnumMap;
import java.util.Map;
import org.palimpsest.text.PatchedText;

/**
 * Applies the recorded changes of revision after revision to a content, as {@link EntryChanges#applyTo} would one at
 * a time, but with each text field patched in one buffer and copied out only when the content is asked for: the way
 * to rebuild a past revision of a long body from a checkpoint and the dozens of patches after it.
 */
public final class ContentFold {

    private final Map<EntryField, Object> values = new EnumMap<>(EntryField.class);
    private final Map<EntryField, PatchedText> texts = new EnumMap<>(EntryField.class);

    public ContentFold(EntryContent start) {
        for (EntryField field : EntryField.values()) {
            values.put(field, start.get(field));
        }
    }

    public ContentFold apply(EntryChanges changes) {
        changes.asMap().forEach((field, change) -> {
            if (change instanceof FieldChange.Patch patch) {
                texts.computeIfAbsent(field, this::buffer).apply(patch.patch());
            } else {
                texts.remove(field);
                values.put(field, change.applyTo(values.get(field)));
            }
        });
        return this;
    }

    /** The content as the changes applied so far left it; the fold goes on from there. */
    public EntryContent content() {
        texts.forEach((field, text) -> values.put(field, text.toString()));
        texts.clear();
        return EntryContent.of(values);
    }

    private PatchedText buffer(EntryField field) {
        Object text = values.get(field);
        return new PatchedText(text == null ? "" : (String) text);
    }
}
