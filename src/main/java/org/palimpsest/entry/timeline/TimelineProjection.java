package org.palimpsest.entry.timeline;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.palimpsest.entry.api.EntryChanges;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.system.projection.ProjectionCatchUp;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;

/**
 * Keeps each entry's place on its timeline: created, re-dated, renamed or moved to another timeline.
 * Idempotent through the revision it stores.
 */
@Component
@ProcessingGroup(TimelineProjection.NAME)
class TimelineProjection {

    static final String NAME = "timelines";

    private final TimelineRepository timelines;
    private final ProjectionCatchUp catchUp;

    TimelineProjection(TimelineRepository timelines, ProjectionCatchUp catchUp) {
        this.timelines = timelines;
        this.catchUp = catchUp;
    }

    @PostConstruct
    void ensureIndexes() {
        timelines.ensureIndexes();
    }

    @EventHandler
    void on(EntryCreatedEvent event) {
        if (timelines.find(event.entryId()).isEmpty()) {
            timelines.save(new TimelineEntry(event.entryId(), event.content().timeline(), event.content().title(),
                    event.content().date(), 1));
        }
        catchUp.applied(NAME, event.entryId(), 1);
    }

    @EventHandler
    void on(EntryRevisedEvent event) {
        TimelineEntry current = timelines.find(event.entryId()).orElseThrow(() -> new IllegalStateException(
                "revision " + event.revision() + " of unknown entry " + event.entryId()));
        if (current.revision() < event.revision()) {
            timelines.save(moved(current, event));
        }
        catchUp.applied(NAME, event.entryId(), event.revision());
    }

    private static TimelineEntry moved(TimelineEntry current, EntryRevisedEvent event) {
        EntryChanges changes = event.changes();
        return new TimelineEntry(event.entryId(),
                changes.timeline() != null ? changes.timeline() : current.timeline(),
                changes.title() != null ? changes.title() : current.title(),
                changes.date() != null ? changes.date() : current.date(), event.revision());
    }

    @ResetHandler
    void reset() {
        timelines.deleteAll();
        timelines.ensureIndexes();
        catchUp.forget(NAME);
    }
}
