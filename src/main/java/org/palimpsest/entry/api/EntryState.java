package org.palimpsest.entry.api;

/** An entry's content as of one revision. */
public record EntryState(String entryId, long revision, EntryContent content) {
}
