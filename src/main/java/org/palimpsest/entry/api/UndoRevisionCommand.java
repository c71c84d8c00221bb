package org.palimpsest.entry.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take back what {@code revision} changed, keeping the revisions since; {@code summary} may be null. */
public record UndoRevisionCommand(
        @TargetAggregateIdentifier String entryId, long revision, String author, Instant at, String summary) {}
