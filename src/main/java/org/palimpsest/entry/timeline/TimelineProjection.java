package org.palimpsest.entry.timeline;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.palimpsest.entry.api.EntryChanges;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryRevisedEvent;
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

    TimelineProjection(TimelineRepository timelines) {
        this.timelines = timelines;
    }

    @PostConstruct
    void ensureIndexes() {
        timelines.ensureIndexes();
    }

    @EventHandler
    void on(EntryCreatedEvent event) {
        if (timelines.revision(event.entryId()).isEmpty()) {
            timelines.save(new TimelineEntry(event.entryId(), event.content().timeline(), event.content().title(),
                    event.content().date(), 1));
        }
    }

    @EventHandler
    void on(EntryRevisedEvent event) {
        TimelineEntry current = timelines.find(event.entryId()).orElseThrow(() -> new IllegalStateException(
                "revision " + event.revision() + " of unknown entry " + event.entryId()));
        if (current.revision() >= event.revision()) {
            return;
        }
        EntryChanges changes = event.changes();
        if (changes.timeline() == null && changes.title() == null && changes.date() == null) {
            timelines.saveRevision(event.entryId(), event.revision());
            return;
        }
        timelines.save(new TimelineEntry(event.entryId(),
                changes.timeline() != null ? changes.timeline() : current.timeline(),
                changes.title() != null ? changes.title() : current.title(),
                changes.date() != null ? changes.date() : current.date(), event.revision()));
    }

    @ResetHandler
    void reset() {
        timelines.deleteAll();
        timelines.ensureIndexes();
    }
}
