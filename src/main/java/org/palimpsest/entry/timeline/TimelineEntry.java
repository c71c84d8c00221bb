package org.palimpsest.entry.timeline;

import org.palimpsest.entry.api.HistoricalDate;

/** An entry's place on its timeline. */
public record TimelineEntry(String id, String timeline, String title, HistoricalDate date, long revision) {}
