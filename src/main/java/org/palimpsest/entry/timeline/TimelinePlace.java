package org.palimpsest.entry.timeline;

import java.time.Instant;
import org.palimpsest.entry.api.HistoricalDate;

/**
 * An entry's place on a timeline over a span of time: the title and date it had there from revision
 * {@code sinceRevision}, made at {@code since}, until the revision that renamed, re-dated or moved it ({@code until};
 * null while it still holds).
 */
public record TimelinePlace(
        String id,
        String timeline,
        String title,
        HistoricalDate date,
        long sinceRevision,
        Instant since,
        Instant until) {}
