package org.palimpsest.entry.live;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.springframework.stereotype.Component;

/**
 * Pushes every stored revision to {@code /topic/entries/{id}}, however it came about (REST, import, merge, undo).
 * Its processor, {@value #NAME}, is a subscribing one ({@link EntryPushConfiguration}): Axon hands it each event on
 * the thread that appended it, right after the append returned (the event is stored), while that command still
 * holds its entry's lock (so an entry's revisions come in revision order). It only hands the push to the
 * {@link PushThread}, which keeps that order.
 */
@Component
@ProcessingGroup(EntryPush.NAME)
class EntryPush {

    static final String NAME = "entry-push";

    private final PushThread thread;
    private final RevisedMessages messages;

    EntryPush(PushThread thread, RevisedMessages messages) {
        this.thread = thread;
        this.messages = messages;
    }

    @EventHandler
    void on(EntryCreatedEvent event) {
        thread.run(event.entryId() + "#1", () -> messages.created(event));
    }

    @EventHandler
    void on(EntryRevisedEvent event) {
        thread.run(event.entryId() + "#" + event.revision(), () -> messages.revised(event));
    }
}
