package org.palimpsest.entry.api;

/** Revision 1 made the entry: there is no earlier content to go back to. */
public class NothingToUndoException extends RuntimeException {

    public NothingToUndoException() {
        super("revision 1 created the entry; nothing before it to go back to");
    }
}
