package org.palimpsest.entry.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Create an entry under a free id. {@code sourceUpdated} is the "Last Updated" date of an imported page and
 * {@code importKey} its {@link ImportKey}; both null for an entry written here.
 */
public record CreateEntryCommand(
        @TargetAggregateIdentifier String entryId,
        EntryContent content,
        RevisionKind kind,
        String author,
        Instant at,
        String summary,
        LocalDate sourceUpdated,
        String importKey) {}
