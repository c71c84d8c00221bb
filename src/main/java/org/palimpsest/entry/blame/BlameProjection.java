package org.palimpsest.entry.blame;

import jakarta.annotation.PostConstruct;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.text.Blame;
import org.palimpsest.text.TextPatch;
import org.springframework.stereotype.Component;

/**
 * Credits each revision's body from the entry's blame so far and the revision's patch. Idempotent: an event at or
 * below the stored revision is skipped. A revision of an entry it has no blame of (a store older than this read
 * model, before its rebuild) is skipped too, rather than stopping every read model's processor.
 */
@Component
@ProcessingGroup(BlameReadModel.NAME)
class BlameProjection {

    private final BlameRepository blame;

    BlameProjection(BlameRepository blame) {
        this.blame = blame;
    }

    @PostConstruct
    void ensureIndexes() {
        blame.ensureIndexes();
    }

    @EventHandler
    void on(EntryCreatedEvent event) {
        if (blame.stateWhileProjecting(event.entryId()).isEmpty()) {
            blame.save(
                    event.entryId(), null, BlameState.first(event.content().body(), event.author(), event.at()), null);
        }
    }

    @EventHandler
    void on(EntryRevisedEvent event) {
        blame.stateWhileProjecting(event.entryId())
                .filter(state -> state.revision() == event.revision() - 1)
                .ifPresent(state -> {
                    TextPatch patch = event.changes().body();
                    Blame revised = patch == null
                            ? state.blame()
                            : state.blame().revised(patch.applyTo(state.blame().text()), event.revision());
                    blame.save(
                            event.entryId(),
                            state,
                            state.next(event.revision(), revised, event.author(), event.at()),
                            patch);
                });
    }

    @ResetHandler
    void reset() {
        blame.deleteAll();
        blame.ensureIndexes();
    }
}
