package org.palimpsest.entry.command;

import org.palimpsest.entry.api.EntryContent;

/** An entry as it stood at an earlier revision, and who made that revision: the aggregate holds only the present. */
interface PastRevisions {

    Past at(String entryId, long revision);

    /** What an undo of the revision merges, read in one pass: the content before it and at it, and its author. */
    Undone undoing(String entryId, long revision);

    /**
     * What a rollback of {@code author} goes back to, read in one pass; {@code newest} is the entry's newest revision
     * as its aggregate knows it, so that the store is not asked for it again.
     */
    Others newestNotBy(String entryId, String author, long newest);

    /**
     * Keeps the content of a revision just stored and who made it (a stored revision never changes), so that an undo
     * or a rollback soon after it finds it without reading the entry's events.
     */
    void keep(String entryId, long revision, EntryContent content, String author);

    record Past(EntryContent content, String author) {}

    /**
     * The newest revision by someone other than the author asked about, its content and author (revision 0 and no
     * content if there is none), and whether the author asked about made any revision.
     */
    record Others(long revision, EntryContent content, String author, boolean edited) {}

    record Undone(EntryContent before, EntryContent at, String author) {}
}
