package org.palimpsest.entry.api;

import java.time.Instant;

/**
 * One accepted change: revision {@code revision} made from {@code baseRevision} by {@code author}. Carries
 * what changed (a patch for the body), never the whole entry.
 */
public record EntryRevisedEvent(
        String entryId,
        long revision,
        long baseRevision,
        RevisionKind kind,
        String author,
        Instant at,
        String summary,
        boolean minor,
        EntryChanges changes,
        int size,
        int sizeDelta) {}
