package org.palimpsest.entry.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Everything a historian edits in an entry. {@code location} and {@code image} may be absent; {@code body}
 * is Markdown with paragraphs separated by blank lines, kept exactly as written.
 */
public record EntryContent(String title, String timeline, HistoricalDate date, Location location, Image image,
                           String body, List<Source> sources) {

    public EntryContent {
        body = body == null ? "" : body;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** UTF-8 bytes of every text the entry holds: what the history shows as a revision's size. */
    public int sizeInBytes() {
        int size = bytes(title) + bytes(timeline) + bytes(date == null ? null : date.display()) + bytes(body);
        if (location != null) {
            size += bytes(location.name());
        }
        if (image != null) {
            size += bytes(image.url()) + bytes(image.caption()) + bytes(image.attribution());
        }
        for (Source source : sources) {
            size += bytes(source.text()) + bytes(source.url());
        }
        return size;
    }

    private static int bytes(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
