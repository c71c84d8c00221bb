package org.palimpsest.entry.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.Image;
import org.palimpsest.entry.api.Location;
import org.palimpsest.entry.api.Source;
import org.palimpsest.text.DiffHtml;
import org.palimpsest.text.ParagraphDiff;
import org.palimpsest.text.ParagraphOp;
import org.palimpsest.text.WordDiff;
import org.palimpsest.text.WordOp;

/**
 * The diff of two contents, field by field from the field model: a field recorded as a text patch (the body)
 * by paragraphs, any other text by words, a value as before, after and a summary. Equal fields are left out.
 */
public final class EntryDiff {

    private EntryDiff() {}

    public static List<FieldDiff> between(EntryContent before, EntryContent after) {
        return compare(before, after, new Rendering<>() {
            @Override
            public FieldDiff paragraphs(String field, List<ParagraphOp> ops) {
                return new FieldDiff.Paragraphs(field, FieldDiff.ParagraphView.of(ops));
            }

            @Override
            public FieldDiff words(String field, List<WordOp> ops) {
                return new FieldDiff.Text(field, FieldDiff.WordOpView.of(ops));
            }

            @Override
            public FieldDiff value(FieldDiff.Value value) {
                return value;
            }
        });
    }

    /** The same diff as HTML fragments; a value by its summary. */
    public static List<FieldHtml> html(EntryContent before, EntryContent after) {
        return compare(before, after, new Rendering<>() {
            @Override
            public FieldHtml paragraphs(String field, List<ParagraphOp> ops) {
                return new FieldHtml(field, "text", DiffHtml.paragraphsInline(ops), DiffHtml.paragraphsSideBySide(ops));
            }

            @Override
            public FieldHtml words(String field, List<WordOp> ops) {
                return new FieldHtml(field, "text", DiffHtml.wordsInline(ops), DiffHtml.wordsSideBySide(ops));
            }

            @Override
            public FieldHtml value(FieldDiff.Value value) {
                String line = DiffHtml.line(value.summary());
                return new FieldHtml(value.field(), value.kind(), line, line);
            }
        });
    }

    /** What a field's diff becomes: JSON views or HTML. */
    private interface Rendering<T> {
        T paragraphs(String field, List<ParagraphOp> ops);

        T words(String field, List<WordOp> ops);

        T value(FieldDiff.Value value);
    }

    private static <T> List<T> compare(EntryContent before, EntryContent after, Rendering<T> rendering) {
        List<T> diffs = new ArrayList<>();
        for (EntryField field : EntryField.values()) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (field.same(old, now)) {
                continue;
            }
            if (field.recorded() == EntryField.Recorded.AS_TEXT_PATCH) {
                diffs.add(rendering.paragraphs(field.jsonName(), ParagraphDiff.between(text(old), text(now))));
            } else if (field.valueType() == String.class) {
                diffs.add(rendering.words(field.jsonName(), WordDiff.between(text(old), text(now))));
            } else {
                diffs.add(rendering.value(value(field, old, now)));
            }
        }
        return diffs;
    }

    private static String text(Object value) {
        return value == null ? "" : (String) value;
    }

    @SuppressWarnings("unchecked")
    private static FieldDiff.Value value(EntryField field, Object before, Object after) {
        String name = field.jsonName();
        if (before instanceof List<?> || after instanceof List<?>) {
            return sources(name, (List<Source>) before, (List<Source>) after);
        }
        String summary = name + ": " + summary(before, after);
        return new FieldDiff.Value(name, before, after, summary, null, null, null);
    }

    private static String summary(Object before, Object after) {
        if (before instanceof HistoricalDate || after instanceof HistoricalDate) {
            return date((HistoricalDate) before) + " → " + date((HistoricalDate) after);
        }
        if (before instanceof Location || after instanceof Location) {
            Location old = (Location) before;
            Location now = (Location) after;
            boolean moved = old != null
                    && now != null
                    && (!Objects.equals(old.lat(), now.lat()) || !Objects.equals(old.lon(), now.lon()));
            return place(old, moved) + " → " + place(now, moved);
        }
        if (before instanceof Image || after instanceof Image) {
            return image((Image) before, (Image) after);
        }
        return String.valueOf(before) + " → " + after;
    }

    private static String date(HistoricalDate date) {
        return date == null ? "(none)" : date.display();
    }

    private static String place(Location location, boolean withCoordinates) {
        if (location == null) {
            return "(none)";
        }
        if (!withCoordinates) {
            return location.name();
        }
        return location.name()
                + (location.lat() == null || location.lon() == null
                        ? " (no coordinates)"
                        : " (" + location.lat() + ", " + location.lon() + ")");
    }

    private static String image(Image before, Image after) {
        if (before == null) {
            return "added";
        }
        if (after == null) {
            return "removed";
        }
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(before.url(), after.url())) {
            parts.add("url");
        }
        if (!Objects.equals(before.caption(), after.caption())) {
            parts.add("caption");
        }
        if (!Objects.equals(before.attribution(), after.attribution())) {
            parts.add("attribution");
        }
        return String.join(", ", parts) + " changed";
    }

    /**
     * Sources kept as they were (wherever they moved) are set aside first; a remaining old and new source that
     * share their URL, or else their text, are one source changed; the rest were removed and added.
     */
    private static FieldDiff.Value sources(String name, List<Source> before, List<Source> after) {
        List<Source> removed = new ArrayList<>(before == null ? List.of() : before);
        List<Source> added = new ArrayList<>();
        for (Source source : after == null ? List.<Source>of() : after) {
            if (!removed.remove(source)) {
                added.add(source);
            }
        }
        List<FieldDiff.SourceChange> changed = new ArrayList<>();
        for (Source old : List.copyOf(removed)) {
            Source edited = added.stream()
                    .filter(now -> old.url() != null && old.url().equals(now.url()))
                    .findFirst()
                    .or(() -> added.stream()
                            .filter(now -> Objects.equals(old.text(), now.text()))
                            .findFirst())
                    .orElse(null);
            if (edited != null) {
                changed.add(new FieldDiff.SourceChange(old, edited));
                removed.remove(old);
                added.remove(edited);
            }
        }
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add(added.size() + " added");
        }
        if (!removed.isEmpty()) {
            parts.add(removed.size() + " removed");
        }
        if (!changed.isEmpty()) {
            parts.add(changed.size() + " changed");
        }
        String summary = name + ": " + (parts.isEmpty() ? "reordered" : String.join(", ", parts));
        return new FieldDiff.Value(
                name, before, after, summary, List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
    }
}
