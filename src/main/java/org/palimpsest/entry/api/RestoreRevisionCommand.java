package org.palimpsest.entry.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make the entry's content that of {@code revision} again, in a new revision; {@code summary} may be null. */
public record RestoreRevisionCommand(
        @TargetAggregateIdentifier String entryId, long revision, String author, Instant at, String summary) {}
