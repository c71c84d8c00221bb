package org.palimpsest.entry.api;

/**
 * A value that breaks a rule of the entry model. {@link #field} names the field it is about ("title",
 * "location", "summary", …); the message names the exact place ("location.lat", "sources[2].url") and the rule.
 */
public class InvalidEntryException extends IllegalArgumentException {

    private final String field;

    public InvalidEntryException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
