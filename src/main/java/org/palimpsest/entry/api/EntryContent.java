package org.palimpsest.entry.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a historian edits in an entry, one component per {@link EntryField} in its order. {@code location}
 * and {@code image} may be absent; {@code body} is Markdown with paragraphs separated by blank lines, kept
 * exactly as written.
 */
public record EntryContent(
        String title,
        String timeline,
        HistoricalDate date,
        Location location,
        Image image,
        String body,
        List<Source> sources) {

    public EntryContent {
        body = body == null ? "" : body;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public Object get(EntryField field) {
        return field.valueIn(this);
    }

    /** The content with each field's change applied; fields without a change keep their value. */
    public EntryContent apply(Map<EntryField, FieldChange> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        Map<EntryField, Object> values = new EnumMap<>(EntryField.class);
        for (EntryField field : EntryField.values()) {
            FieldChange change = changes.get(field);
            values.put(field, change == null ? get(field) : change.applyTo(get(field)));
        }
        return of(values);
    }

    @SuppressWarnings("unchecked")
    static EntryContent of(Map<EntryField, Object> values) {
        return new EntryContent(
                (String) values.get(EntryField.TITLE),
                (String) values.get(EntryField.TIMELINE),
                (HistoricalDate) values.get(EntryField.DATE),
                (Location) values.get(EntryField.LOCATION),
                (Image) values.get(EntryField.IMAGE),
                (String) values.get(EntryField.BODY),
                (List<Source>) values.get(EntryField.SOURCES));
    }

    /** UTF-8 bytes of every text the entry holds: what the history shows as a revision's size. */
    public int sizeInBytes() {
        int size = 0;
        for (EntryField field : EntryField.values()) {
            size += field.sizeOf(get(field));
        }
        return size;
    }
}
