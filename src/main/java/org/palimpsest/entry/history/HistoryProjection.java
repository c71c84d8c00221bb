package org.palimpsest.entry.history;

import java.util.EnumSet;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;

/**
 * Keeps every revision of every entry. It writes the revision first and the tip after, so a crash
 * between the two is repaired by handling the event again; older events are skipped.
 */
@Component
@ProcessingGroup(HistoryReadModel.NAME)
class HistoryProjection {

    private final HistoryRepository history;

    HistoryProjection(HistoryRepository history) {
        this.history = history;
    }

    @PostConstruct
    void ensureIndexes() {
        history.ensureIndexes();
    }

    @EventHandler
    void on(EntryCreatedEvent event) {
        if (history.tip(event.entryId()).isEmpty()) {
            history.save(event.entryId(), new RevisionSummary(1, 0, event.kind(), event.author(), event.at(),
                    event.summary(), false, event.size(), event.size(), EnumSet.allOf(EntryField.class)),
                    null, event.content());
            history.saveTip(event.entryId(), 1, event.content());
        }
    }

    @EventHandler
    void on(EntryRevisedEvent event) {
        HistoryRepository.Tip tip = history.tip(event.entryId()).orElseThrow(() -> new IllegalStateException(
                "revision " + event.revision() + " of unknown entry " + event.entryId()));
        if (tip.revision() < event.revision()) {
            EntryContent after = event.changes().applyTo(tip.content());
            boolean checkpoint = HistoryRepository.checkpointAtOrBefore(event.revision()) == event.revision();
            history.save(event.entryId(), new RevisionSummary(event.revision(), event.baseRevision(), event.kind(),
                    event.author(), event.at(), event.summary(), event.minor(), event.size(), event.sizeDelta(),
                    event.changes().fields()), event.changes(), checkpoint ? after : null);
            history.saveTip(event.entryId(), event.revision(), after);
        }
    }

    @ResetHandler
    void reset() {
        history.deleteAll();
        history.ensureIndexes();
    }
}
