package org.palimpsest.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The character-level rules the parser and the writer share: what ends a line, what counts as blank and
 * what is not text at all. Keeping them in one place is what makes write-then-parse a round trip.
 */
final class PageText {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private PageText() {}

    static List<String> lines(String text) {
        return List.of(LINE_BREAK.split(text, -1));
    }

    static boolean hasLineBreak(String text) {
        return LINE_BREAK.matcher(text).find();
    }

    /** Spaces a scraper or an editor left behind carry no meaning, so a line of only whitespace is blank. */
    static boolean isBlank(String line) {
        return strip(line).isEmpty();
    }

    /**
     * Strips what is invisible at either end of a line: whitespace, the no-break spaces copied out of web
     * pages, and U+FEFF, which is how a byte order mark at the start of the text arrives.
     */
    static String strip(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == BYTE_ORDER_MARK;
    }

    /**
     * Index of the first character no text page holds, or -1. Control characters other than tab, lone
     * surrogates, U+FFFD (what a decoder leaves for bytes that were not UTF-8) and the noncharacters
     * U+FFFE/U+FFFF mean binary data or a wrong encoding, not an encyclopedia entry.
     */
    static int firstNonText(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))) {
                i++;
            } else if (isNonText(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNonText(char c) {
        boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
        return control || Character.isSurrogate(c) || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF';
    }

    static String describe(char c) {
        return String.format("U+%04X", (int) c);
    }
}
