package org.palimpsest.entry.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.palimpsest.text.TextDiff;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.palimpsest.text.TextPatch;

/**
 * Exactly what a revision changed: the new value of each small field that changed, a patch for the body,
 * and the optional fields that were removed. A {@code null} field did not change.
 */
public record EntryChanges(String title, String timeline, HistoricalDate date, Location location, Image image,
                           TextPatch body, List<Source> sources, Set<EntryField> cleared) {

    public EntryChanges {
        cleared = cleared == null ? Set.of() : Set.copyOf(cleared);
    }

    public static EntryChanges between(EntryContent before, EntryContent after) {
        Set<EntryField> cleared = EnumSet.noneOf(EntryField.class);
        if (before.location() != null && after.location() == null) {
            cleared.add(EntryField.LOCATION);
        }
        if (before.image() != null && after.image() == null) {
            cleared.add(EntryField.IMAGE);
        }
        return new EntryChanges(
                changed(before.title(), after.title()),
                changed(before.timeline(), after.timeline()),
                changed(before.date(), after.date()),
                changed(before.location(), after.location()),
                changed(before.image(), after.image()),
                before.body().equals(after.body()) ? null : TextDiff.between(before.body(), after.body()),
                changed(before.sources(), after.sources()),
                cleared);
    }

    private static <T> T changed(T before, T after) {
        return Objects.equals(before, after) ? null : after;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return title == null && timeline == null && date == null && location == null && image == null
                && body == null && sources == null && cleared.isEmpty();
    }

    public Set<EntryField> fields() {
        Set<EntryField> fields = EnumSet.noneOf(EntryField.class);
        fields.addAll(cleared);
        if (title != null) fields.add(EntryField.TITLE);
        if (timeline != null) fields.add(EntryField.TIMELINE);
        if (date != null) fields.add(EntryField.DATE);
        if (location != null) fields.add(EntryField.LOCATION);
        if (image != null) fields.add(EntryField.IMAGE);
        if (body != null) fields.add(EntryField.BODY);
        if (sources != null) fields.add(EntryField.SOURCES);
        return fields;
    }

    public EntryContent applyTo(EntryContent before) {
        return new EntryContent(
                title != null ? title : before.title(),
                timeline != null ? timeline : before.timeline(),
                date != null ? date : before.date(),
                cleared.contains(EntryField.LOCATION) ? null : location != null ? location : before.location(),
                cleared.contains(EntryField.IMAGE) ? null : image != null ? image : before.image(),
                body != null ? body.applyTo(before.body()) : before.body(),
                sources != null ? sources : before.sources());
    }
}
