package org.palimpsest.entry.command;

import org.palimpsest.entry.api.EntryEdit;

/**
 * Decides what happens to an edit made on a revision that is no longer current: refuse it, or rebase it
 * onto the current revision (the three-way merge of a later issue plugs in here).
 */
interface StaleEditPolicy {

    EntryEdit rebase(String entryId, long baseRevision, long currentRevision, EntryEdit edit);
}
