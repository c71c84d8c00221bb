package org.palimpsest.entry.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take back the newest consecutive revisions by {@code editsBy}, to the newest revision by someone else, in one
 * revision by {@code author}; {@code summary} may be null.
 */
public record RollBackEditsCommand(
        @TargetAggregateIdentifier String entryId, String editsBy, String author, Instant at, String summary) {}
