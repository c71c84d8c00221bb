package org.palimpsest.entry.api;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The field model: every field of an entry, once, with its JSON name and type, whether a revision may remove
 * it, how a change to it is recorded (a new value, or a patch of its text), how it is read from an entry,
 * validated, compared and counted in the entry's size. Edits, recorded changes, the projections, the history's
 * changed fields and the web layer all go through here; the diff, merge and blame of the review toolkit too.
 * <p>
 * The order is the order of {@link EntryContent}'s components, whose names are the JSON names.
 */
public enum EntryField {
    TITLE(
            String.class,
            Recorded.AS_VALUE,
            false,
            EntryContent::title,
            value -> EntryRules.line("title", "title", (String) value, EntryRules.MAX_TITLE, true),
            value -> bytes((String) value)),
    TIMELINE(
            String.class,
            Recorded.AS_VALUE,
            false,
            EntryContent::timeline,
            value -> EntryRules.line("timeline", "timeline", (String) value, EntryRules.MAX_TIMELINE, true),
            value -> bytes((String) value)),
    DATE(
            HistoricalDate.class,
            Recorded.AS_VALUE,
            false,
            EntryContent::date,
            value -> EntryRules.required("date", value),
            value -> value == null ? 0 : bytes(((HistoricalDate) value).display())),
    LOCATION(
            Location.class,
            Recorded.AS_VALUE,
            true,
            EntryContent::location,
            value -> EntryRules.location((Location) value),
            value -> value == null ? 0 : bytes(((Location) value).name())),
    IMAGE(
            Image.class,
            Recorded.AS_VALUE,
            true,
            EntryContent::image,
            value -> EntryRules.image((Image) value),
            value -> {
                Image image = (Image) value;
                return image == null ? 0 : bytes(image.url()) + bytes(image.caption()) + bytes(image.attribution());
            }),
    BODY(
            String.class,
            Recorded.AS_TEXT_PATCH,
            false,
            EntryContent::body,
            value -> EntryRules.text("body", "body", (String) value, EntryRules.MAX_BODY),
            value -> bytes((String) value)),
    SOURCES(
            new TypeReference<List<Source>>() {}.getType(),
            Recorded.AS_VALUE,
            false,
            EntryContent::sources,
            value -> EntryRules.sources(sourceList(value)),
            value -> sourceList(value).stream()
                    .mapToInt(source -> bytes(source.text()) + bytes(source.url()))
                    .sum());

    /** How a revision records a change to the field. */
    public enum Recorded {
        /** the whole new value */
        AS_VALUE,
        /** a {@link org.palimpsest.text.TextPatch} of the old text: small events for long texts */
        AS_TEXT_PATCH
    }

    private final Type valueType;
    private final Recorded recorded;
    private final boolean removable;
    private final Function<EntryContent, Object> reader;
    private final Consumer<Object> validator;
    private final ToIntFunction<Object> size;

    EntryField(
            Type valueType,
            Recorded recorded,
            boolean removable,
            Function<EntryContent, Object> reader,
            Consumer<Object> validator,
            ToIntFunction<Object> size) {
        this.valueType = valueType;
        this.recorded = recorded;
        this.removable = removable;
        this.reader = reader;
        this.validator = validator;
        this.size = size;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Java type of a value, as JSON is read into it ({@code List<Source>} for sources). */
    public Type valueType() {
        return valueType;
    }

    public Recorded recorded() {
        return recorded;
    }

    /** Only optional parts of an entry can be removed by a revision. */
    public boolean removable() {
        return removable;
    }

    public Object valueIn(EntryContent content) {
        return reader.apply(content);
    }

    /** @throws InvalidEntryException naming this field when the value breaks one of its rules */
    public void validate(Object value) {
        validator.accept(value);
    }

    public boolean same(Object before, Object after) {
        return Objects.equals(before, after);
    }

    /** UTF-8 bytes of the texts the value holds: its part of a revision's size. */
    public int sizeOf(Object value) {
        return size.applyAsInt(value);
    }

    public static Optional<EntryField> byJsonName(String name) {
        return Arrays.stream(values())
                .filter(field -> field.jsonName().equals(name))
                .findFirst();
    }

    public static String jsonNames() {
        return String.join(
                ", ", Arrays.stream(values()).map(EntryField::jsonName).toList());
    }

    private static int bytes(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }

    @SuppressWarnings("unchecked")
    private static List<Source> sourceList(Object value) {
        return value == null ? List.of() : (List<Source>) value;
    }
}
