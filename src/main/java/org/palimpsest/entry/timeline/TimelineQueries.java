package org.palimpsest.entry.timeline;

import java.time.Instant;
import java.util.List;
import org.palimpsest.system.projection.ReadModel;
import org.palimpsest.system.projection.RevisionsHeld;
import org.springframework.stereotype.Service;

/** What the timeline read model answers: the timelines, and each one's entries in historical order. */
@Service
public class TimelineQueries implements RevisionsHeld {

    private final TimelineRepository timelines;
    private final TimelinePlaceRepository places;

    TimelineQueries(TimelineRepository timelines, TimelinePlaceRepository places) {
        this.timelines = timelines;
        this.places = places;
    }

    public List<TimelineSummary> timelines() {
        return timelines.timelines();
    }

    /** BCE before CE, coarser dates first within a year, ties by title; empty for an unknown timeline. */
    public List<TimelineEntry> entries(String timeline) {
        return timelines.entries(timeline);
    }

    /**
     * The entries that were on the timeline at that instant, with the title and date they had then, in the order of
     * {@link #entries}; empty if the timeline had none then.
     */
    public List<TimelinePlace> entriesAsOf(String timeline, Instant instant) {
        return places.asOf(timeline, instant);
    }

    @Override
    public ReadModel readModel() {
        return TimelineReadModel.MODEL;
    }

    @Override
    public long revisionHeld(String entryId) {
        return timelines.find(entryId).map(TimelineEntry::revision).orElse(0L);
    }
}
