package org.palimpsest.entry.history;

import jakarta.annotation.PostConstruct;
import java.util.EnumSet;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps every revision of every entry, one document each, made from the event alone (and, at a checkpoint, from the
 * revisions before it): handling an event again writes the same document, so replays and redeliveries are harmless
 * without a read to tell them.
 */
@Component
@ProcessingGroup(HistoryReadModel.NAME)
class HistoryProjection {

    private final HistoryRepository history;
    private final RevisionContents contents;

    HistoryProjection(HistoryRepository history, RevisionContents contents) {
        this.history = history;
        this.contents = contents;
    }

    @PostConstruct
    void ensureIndexes() {
        history.ensureIndexes();
    }

    @EventHandler
    void on(EntryCreatedEvent event) {
        history.save(
                event.entryId(),
                new RevisionSummary(
                        1,
                        0,
                        event.kind(),
                        event.author(),
                        event.at(),
                        event.summary(),
                        false,
                        event.size(),
                        event.size(),
                        EnumSet.allOf(EntryField.class),
                        List.of(),
                        null),
                null,
                event.content());
    }

    /**
     * Stores the revision's summary and changes; every {@link HistoryRepository#CHECKPOINT_EVERY}th revision also
     * the whole content, made from the revision before (itself made from the last checkpoint and the changes after).
     * The revisions it reverts are marked as reverted by it, unless an earlier revision reverted them first.
     */
    @EventHandler
    void on(EntryRevisedEvent event) {
        boolean checkpoint = HistoryRepository.checkpointAtOrBefore(event.revision()) == event.revision();
        EntryContent after = null;
        if (checkpoint) {
            after = event.changes()
                    .applyTo(history.contentWhileProjecting(event.entryId(), event.revision() - 1)
                            .orElseThrow(() -> new IllegalStateException("revision " + event.revision() + " of entry "
                                    + event.entryId() + " without the revisions before it")));
        }
        // marks first: a reader waiting for this revision (minRevision) must find what it reverted marked too
        for (long reverted : event.reverts()) {
            history.markReverted(event.entryId(), reverted, event.revision());
        }
        history.save(
                event.entryId(),
                new RevisionSummary(
                        event.revision(),
                        event.baseRevision(),
                        event.kind(),
                        event.author(),
                        event.at(),
                        event.summary(),
                        event.minor(),
                        event.size(),
                        event.sizeDelta(),
                        event.changes().fields(),
                        event.reverts(),
                        null),
                event.changes(),
                after);
    }

    @ResetHandler
    void reset() {
        history.deleteAll();
        contents.forgetAll();
        history.ensureIndexes();
    }
}
