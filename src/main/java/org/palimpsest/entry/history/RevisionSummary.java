package org.palimpsest.entry.history;

import java.time.Instant;
import java.util.Set;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.RevisionKind;

/** One line of an entry's history; {@code size} is in UTF-8 bytes after the change. */
public record RevisionSummary(
        long revision,
        long baseRevision,
        RevisionKind kind,
        String author,
        Instant timestamp,
        String summary,
        boolean minor,
        int size,
        int sizeDelta,
        Set<EntryField> changed) {}
