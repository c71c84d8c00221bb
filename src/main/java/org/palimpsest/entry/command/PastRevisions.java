package org.palimpsest.entry.command;

import org.palimpsest.entry.api.EntryContent;

/** An entry as it stood at an earlier revision, and who made that revision: the aggregate holds only the present. */
interface PastRevisions {

    Past at(String entryId, long revision);

    /** What an undo of the revision merges, read in one pass: the content before it and at it, and its author. */
    Undone undoing(String entryId, long revision);

    record Past(EntryContent content, String author) {}

    record Undone(EntryContent before, EntryContent at, String author) {}
}
