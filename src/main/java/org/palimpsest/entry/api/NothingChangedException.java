package org.palimpsest.entry.api;

/** A revise whose fields all equal the current ones: nothing is recorded. */
public class NothingChangedException extends RuntimeException {

    public NothingChangedException(String entryId, long revision) {
        super("the changes leave entry '" + entryId + "' exactly as it is at revision " + revision);
    }
}
