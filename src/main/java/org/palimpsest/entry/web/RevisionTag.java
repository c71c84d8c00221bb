package org.palimpsest.entry.web;

import org.palimpsest.system.web.BadRequestException;

/** An entry's revision as an HTTP entity tag ({@code "3"}), the one place that writes and reads them. */
final class RevisionTag {

    private RevisionTag() {}

    static String of(long revision) {
        return "\"" + revision + "\"";
    }

    /** @throws BadRequestException when the header holds no single revision tag */
    static long parse(String header) {
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw bad(header);
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw bad(header);
        }
    }

    private static BadRequestException bad(String header) {
        return new BadRequestException("If-Match: '" + header + "' is not a revision ETag such as \"3\"");
    }
}
