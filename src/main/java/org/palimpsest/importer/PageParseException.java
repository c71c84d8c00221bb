package org.palimpsest.importer;

import java.util.OptionalInt;

/**
 * A page the importer could not read. The message names the line it could not place and why, so that
 * whoever pasted the page can fix it; {@link #line()} is that line, 1-based, and empty when no single line
 * is to blame (an empty page).
 */
public class PageParseException extends RuntimeException {

    private final int lineNumber;

    PageParseException(int lineNumber, String reason) {
        super(lineNumber > 0 ? "line " + lineNumber + ": " + reason : reason);
        this.lineNumber = lineNumber;
    }

    /** 1-based, or 0 when no single line is to blame. */
    public int lineNumber() {
        return lineNumber;
    }

    public OptionalInt line() {
        return lineNumber > 0 ? OptionalInt.of(lineNumber) : OptionalInt.empty();
    }
}
