package org.palimpsest.entry.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.palimpsest.text.TextDiff;
import org.palimpsest.text.TextPatch;

/**
 * Exactly what a revision changed, as stored in its event: the new value of each field recorded
 * {@linkplain EntryField.Recorded#AS_VALUE as a value}, a patch for each one recorded
 * {@linkplain EntryField.Recorded#AS_TEXT_PATCH as a text patch}, and the optional fields that were removed. A
 * {@code null} component did not change. The components are the stored shape; what they mean comes from the
 * field model ({@link #asMap}).
 * <p>
 * Stored without the fields that did not change and without an empty {@code cleared}: a one-word edit's event and
 * history document then hold the body's patch and little else. Events stored earlier, with every component written
 * ({@code null} and {@code []}), read the same.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryChanges(
        String title,
        String timeline,
        HistoricalDate date,
        Location location,
        Image image,
        TextPatch body,
        List<Source> sources,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Set<EntryField> cleared) {

    public EntryChanges {
        cleared = cleared == null ? Set.of() : Set.copyOf(cleared);
    }

    /** Each field whose value differs between the two, recorded as the field model says. */
    public static EntryChanges between(EntryContent before, EntryContent after) {
        Map<EntryField, FieldChange> changes = new EnumMap<>(EntryField.class);
        for (EntryField field : EntryField.values()) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (field.same(old, now)) {
                continue;
            }
            if (now == null) {
                changes.put(field, new FieldChange.Removed());
            } else if (field.recorded() == EntryField.Recorded.AS_TEXT_PATCH) {
                changes.put(field, new FieldChange.Patch(TextDiff.between((String) old, (String) now)));
            } else {
                changes.put(field, new FieldChange.Value(now));
            }
        }
        return of(changes);
    }

    @SuppressWarnings("unchecked")
    static EntryChanges of(Map<EntryField, FieldChange> changes) {
        Map<EntryField, Object> recorded = new EnumMap<>(EntryField.class);
        Set<EntryField> cleared = EnumSet.noneOf(EntryField.class);
        changes.forEach((field, change) -> {
            if (change instanceof FieldChange.Removed) {
                cleared.add(field);
            } else if (change instanceof FieldChange.Patch patch) {
                recorded.put(field, patch.patch());
            } else if (change instanceof FieldChange.Value value) {
                recorded.put(field, value.value());
            }
        });
        return new EntryChanges(
                (String) recorded.get(EntryField.TITLE),
                (String) recorded.get(EntryField.TIMELINE),
                (HistoricalDate) recorded.get(EntryField.DATE),
                (Location) recorded.get(EntryField.LOCATION),
                (Image) recorded.get(EntryField.IMAGE),
                (TextPatch) recorded.get(EntryField.BODY),
                (List<Source>) recorded.get(EntryField.SOURCES),
                cleared);
    }

    /** The change of each field that changed, in field order. */
    public Map<EntryField, FieldChange> asMap() {
        Map<EntryField, FieldChange> changes = new EnumMap<>(EntryField.class);
        Object[] recorded = {title, timeline, date, location, image, body, sources};
        for (EntryField field : EntryField.values()) {
            Object value = recorded[field.ordinal()];
            if (cleared.contains(field)) {
                changes.put(field, new FieldChange.Removed());
            } else if (value instanceof TextPatch patch) {
                changes.put(field, new FieldChange.Patch(patch));
            } else if (value != null) {
                changes.put(field, new FieldChange.Value(value));
            }
        }
        return Collections.unmodifiableMap(changes);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return asMap().isEmpty();
    }

    public Set<EntryField> fields() {
        Set<EntryField> fields = EnumSet.noneOf(EntryField.class);
        fields.addAll(asMap().keySet());
        return fields;
    }

    public EntryContent applyTo(EntryContent before) {
        return before.apply(asMap());
    }
}
