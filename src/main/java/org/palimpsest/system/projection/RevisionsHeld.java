package org.palimpsest.system.projection;

/**
 * A read model that can tell which revision of an entry it holds, from what it has stored: what a read that must
 * see a given revision waits for, on whichever node the projection runs.
 */
public interface RevisionsHeld {

    ReadModel readModel();

    /** The newest revision of the entry that the read model has stored; 0 when it holds none. */
    long revisionHeld(String entryId);
}
