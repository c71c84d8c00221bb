package org.palimpsest.entry.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The fields of an entry, by the names they carry in JSON. */
public enum EntryField {
    TITLE, TIMELINE, DATE, LOCATION, IMAGE, BODY, SOURCES;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Only optional parts of an entry can be removed by a revision. */
    public boolean clearable() {
        return this == LOCATION || this == IMAGE;
    }

    public static Optional<EntryField> byJsonName(String name) {
        return Arrays.stream(values()).filter(field -> field.jsonName().equals(name)).findFirst();
    }
}
