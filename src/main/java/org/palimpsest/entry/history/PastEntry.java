package org.palimpsest.entry.history;

import org.palimpsest.entry.api.EntryContent;

/** An entry as it stood at some instant: its content then, the revision that made it, and its first revision. */
public record PastEntry(EntryContent content, RevisionSummary revision, RevisionSummary created) {}
