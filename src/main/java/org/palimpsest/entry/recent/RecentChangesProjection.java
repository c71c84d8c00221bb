package org.palimpsest.entry.recent;

import jakarta.annotation.PostConstruct;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.entry.api.FieldChange;
import org.palimpsest.system.projection.ProjectionWrites;
import org.springframework.stereotype.Component;

/**
 * Numbers every revision of every entry in the order the processor reads them (the event store's order) and keeps
 * it as a recent change; tells the feed once the batch is stored (save first, then push). Idempotent through the
 * revision it keeps per entry: a replayed event gets no second number.
 */
@Component
@ProcessingGroup(RecentChangesReadModel.NAME)
class RecentChangesProjection {

    private final RecentChangesRepository changes;
    private final ProjectionWrites writes;
    private final RecentChangesFeed feed;

    RecentChangesProjection(RecentChangesRepository changes, ProjectionWrites writes, RecentChangesFeed feed) {
        this.changes = changes;
        this.writes = writes;
        this.feed = feed;
    }

    @PostConstruct
    void ensureIndexes() {
        changes.ensureIndexes();
    }

    @EventHandler
    void on(EntryCreatedEvent event) {
        if (changes.entry(event.entryId()) != null) {
            return;
        }
        String title = event.content().title();
        String timeline = event.content().timeline();
        changes.saveEntry(event.entryId(), 1, title, timeline, event.size());
        record(new RecentChange(
                changes.lastNumber() + 1,
                RecentChange.NEW,
                event.entryId(),
                title,
                timeline,
                event.author(),
                event.summary(),
                event.kind(),
                false,
                new RecentChange.Pair(null, event.size()),
                new RecentChange.Pair(null, 1),
                event.at()));
    }

    @EventHandler
    void on(EntryRevisedEvent event) {
        Document known = changes.entry(event.entryId());
        if (known == null) {
            throw new IllegalStateException("revision " + event.revision() + " of unknown entry " + event.entryId());
        }
        if (known.get("revision", Number.class).longValue() >= event.revision()) {
            return;
        }
        String title = text(event, EntryField.TITLE, known.getString("title"));
        String timeline = text(event, EntryField.TIMELINE, known.getString("timeline"));
        changes.saveEntry(event.entryId(), event.revision(), title, timeline, event.size());
        record(new RecentChange(
                changes.lastNumber() + 1,
                RecentChange.EDIT,
                event.entryId(),
                title,
                timeline,
                event.author(),
                event.summary(),
                event.kind(),
                event.minor(),
                new RecentChange.Pair((long) event.size() - event.sizeDelta(), event.size()),
                new RecentChange.Pair(event.revision() - 1, event.revision()),
                event.at()));
    }

    private static String text(EntryRevisedEvent event, EntryField field, String before) {
        FieldChange change = event.changes().asMap().get(field);
        return change instanceof FieldChange.Value value ? (String) value.value() : before;
    }

    private void record(RecentChange change) {
        changes.save(change);
        writes.afterWrite(() -> feed.stored(change));
    }

    @ResetHandler
    void reset() {
        changes.deleteAll();
        changes.ensureIndexes();
        feed.forget();
    }
}
