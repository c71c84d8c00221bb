package org.palimpsest.entry.api;

import java.util.List;
import java.util.Set;

/**
 * What a revision proposes: the new value of each field it touches ({@code null} = untouched) and the
 * optional fields it removes. The body is the whole new text; the event will carry only a patch.
 */
public record EntryEdit(String title, String timeline, HistoricalDate date, Location location, Image image,
                        String body, List<Source> sources, Set<EntryField> cleared) {

    public EntryEdit {
        cleared = cleared == null ? Set.of() : Set.copyOf(cleared);
        for (EntryField field : cleared) {
            if (!field.clearable()) {
                throw new InvalidEntryException(field.jsonName() + ": cannot be removed, only changed");
            }
        }
    }

    public EntryContent applyTo(EntryContent before) {
        return new EntryContent(
                title != null ? title : before.title(),
                timeline != null ? timeline : before.timeline(),
                date != null ? date : before.date(),
                cleared.contains(EntryField.LOCATION) ? null : location != null ? location : before.location(),
                cleared.contains(EntryField.IMAGE) ? null : image != null ? image : before.image(),
                body != null ? body : before.body(),
                sources != null ? sources : before.sources());
    }
}
