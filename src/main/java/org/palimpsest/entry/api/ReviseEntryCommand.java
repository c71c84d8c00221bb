package org.palimpsest.entry.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change an entry as it stood at {@code baseRevision}. */
public record ReviseEntryCommand(
        @TargetAggregateIdentifier String entryId,
        long baseRevision,
        EntryEdit edit,
        String author,
        Instant at,
        String summary,
        boolean minor) {}
