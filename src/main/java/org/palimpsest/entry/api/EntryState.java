package org.palimpsest.entry.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry as of one revision, as the command side knows it: what a write answers. {@code merged} says the write was
 * a stale edit merged with the revisions since its base.
 */
public record EntryState(
        String entryId,
        long revision,
        EntryContent content,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        LocalDate sourceUpdated,
        boolean merged) {}
