package org.palimpsest.entry.command;

import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryEdit;

/**
 * Decides what becomes of an edit made on a revision that is no longer current: the edit to apply to the current
 * content instead, or the conflicts that keep it from being applied.
 */
interface StaleEditPolicy {

    EditMerge rebase(String entryId, long baseRevision, EntryContent current, EntryEdit edit);
}
