package org.palimpsest.entry.api;

/** A value that breaks a rule of the entry model: the message names the field and the rule. */
public class InvalidEntryException extends IllegalArgumentException {

    public InvalidEntryException(String message) {
        super(message);
    }
}
