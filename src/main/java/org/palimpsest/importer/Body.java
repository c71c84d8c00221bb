package org.palimpsest.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The entry text below the location. Paragraph lines are kept exactly as they stand (trailing spaces and
 * indentation included, since the body is Markdown); only the blank lines between paragraphs are not:
 * however many there were, the body joins paragraphs with exactly one blank line, the form
 * {@link org.palimpsest.entry.api.EntryContent} documents.
 */
final class Body {

    static final String PARAGRAPH_BREAK = "\n\n";

    private Body() {}

    static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (PageText.isBlank(line)) {
                flush(current, paragraphs);
            } else {
                current.add(line);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    static String join(List<String> lines) {
        return String.join(PARAGRAPH_BREAK, paragraphs(lines));
    }

    /** The body as the parser would return it; a body differing from this cannot survive a round trip. */
    static String normalized(String body) {
        return join(PageText.lines(body));
    }

    private static void flush(List<String> current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(String.join("\n", current));
            current.clear();
        }
    }
}
