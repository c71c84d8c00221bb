package org.palimpsest.importer;

/**
 * A page the importer could not read. The message names the line it could not place and why, so that
 * whoever pasted the page can fix it; {@link #lineNumber()} is 1-based, or 0 when no single line is to blame.
 */
public class PageParseException extends RuntimeException {

    private final int lineNumber;

    PageParseException(int lineNumber, String reason) {
        super(lineNumber > 0 ? "line " + lineNumber + ": " + reason : reason);
        this.lineNumber = lineNumber;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
