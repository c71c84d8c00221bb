package org.palimpsest.entry.timeline;

import java.util.List;
import org.palimpsest.system.projection.ReadModel;
import org.palimpsest.system.projection.RevisionsHeld;
import org.springframework.stereotype.Service;

/** What the timeline read model answers: the timelines, and each one's entries in historical order. */
@Service
public class TimelineQueries implements RevisionsHeld {

    private final TimelineRepository timelines;

    TimelineQueries(TimelineRepository timelines) {
        this.timelines = timelines;
    }

    public List<TimelineSummary> timelines() {
        return timelines.timelines();
    }

    /** BCE before CE, coarser dates first within a year, ties by title; empty for an unknown timeline. */
    public List<TimelineEntry> entries(String timeline) {
        return timelines.entries(timeline);
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
