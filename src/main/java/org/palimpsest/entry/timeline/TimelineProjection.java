package org.palimpsest.entry.timeline;

import jakarta.annotation.PostConstruct;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.entry.api.FieldChange;
import org.palimpsest.entry.api.HistoricalDate;
import org.springframework.stereotype.Component;

/**
 * Keeps each entry's place on its timeline: created, re-dated, renamed or moved to another timeline; and the spans
 * of time it held each place, for timelines as they stood. Idempotent through the revision it stores.
 */
@Component
@ProcessingGroup(TimelineReadModel.NAME)
class TimelineProjection {

    private final TimelineRepository timelines;
    private final TimelinePlaceRepository places;

    TimelineProjection(TimelineRepository timelines, TimelinePlaceRepository places) {
        this.timelines = timelines;
        this.places = places;
    }

    @PostConstruct
    void ensureIndexes() {
        timelines.ensureIndexes();
        places.ensureIndexes();
    }

    @EventHandler
    void on(EntryCreatedEvent event) {
        if (timelines.find(event.entryId()).isEmpty()) {
            timelines.save(new TimelineEntry(
                    event.entryId(),
                    event.content().timeline(),
                    event.content().title(),
                    event.content().date(),
                    1));
            places.move(new TimelinePlace(
                    event.entryId(),
                    event.content().timeline(),
                    event.content().title(),
                    event.content().date(),
                    1,
                    event.at(),
                    null));
        }
    }

    @EventHandler
    void on(EntryRevisedEvent event) {
        TimelineEntry current = timelines
                .find(event.entryId())
                .orElseThrow(() -> new IllegalStateException(
                        "revision " + event.revision() + " of unknown entry " + event.entryId()));
        if (current.revision() < event.revision()) {
            TimelineEntry moved = moved(current, event);
            timelines.save(moved);
            if (!samePlace(current, moved)) {
                places.move(new TimelinePlace(
                        moved.id(), moved.timeline(), moved.title(), moved.date(), moved.revision(), event.at(), null));
            }
        }
    }

    private static TimelineEntry moved(TimelineEntry current, EntryRevisedEvent event) {
        Map<EntryField, FieldChange> changes = event.changes().asMap();
        return new TimelineEntry(
                event.entryId(),
                (String) changed(changes, EntryField.TIMELINE, current.timeline()),
                (String) changed(changes, EntryField.TITLE, current.title()),
                (HistoricalDate) changed(changes, EntryField.DATE, current.date()),
                event.revision());
    }

    private static boolean samePlace(TimelineEntry before, TimelineEntry after) {
        return before.timeline().equals(after.timeline())
                && before.title().equals(after.title())
                && before.date().equals(after.date());
    }

    private static Object changed(Map<EntryField, FieldChange> changes, EntryField field, Object current) {
        FieldChange change = changes.get(field);
        return change == null ? current : change.applyTo(current);
    }

    @ResetHandler
    void reset() {
        timelines.deleteAll();
        timelines.ensureIndexes();
        places.deleteAll();
        places.ensureIndexes();
    }
}
