package org.palimpsest.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.palimpsest.entry.api.EntryChanges;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.support.RunningApp;

/**
 * Grows the event store fast, for the scale benchmark: entries of their own ("filler", on a timeline of their
 * own, never revised by the measured loads), each one created and revised {@value #EVENTS_PER_ENTRY} - 1 times
 * in one append to Axon's event store. The events are the ones the aggregate would apply (a body patch computed
 * by {@link EntryChanges#between}, sizes, authors, times), and all three projections handle them as any others;
 * only the command handling is skipped, which the command path measured at ~250/s would take an hour for a
 * million events.
 */
final class FillerEntries {

    static final String TIMELINE = "Filler War";
    static final int EVENTS_PER_ENTRY = 100;
    private static final String AGGREGATE_TYPE = "Entry";

    private final AtomicLong nextEntry = new AtomicLong();

    /** Appends {@code events} (rounded up to whole entries) from {@code threads} threads. */
    void append(RunningApp app, long events, int threads) {
        EventStore store = app.bean(EventStore.class);
        long entries = (events + EVENTS_PER_ENTRY - 1) / EVENTS_PER_ENTRY;
        List<Long> numbers = new ArrayList<>();
        for (long i = 0; i < entries; i++) {
            numbers.add(nextEntry.getAndIncrement());
        }
        BenchmarkEntries.inParallel(threads, numbers, number -> store.publish(history("filler-" + number)));
    }

    private static List<DomainEventMessage<?>> history(String id) {
        List<DomainEventMessage<?>> events = new ArrayList<>(EVENTS_PER_ENTRY);
        Instant at = Instant.now();
        EntryContent content = new EntryContent(
                "Filler " + id,
                TIMELINE,
                HistoricalDate.of(1900, 1, 1),
                null,
                null,
                BenchmarkEntries.body(id, 1),
                null);
        events.add(message(
                id,
                0,
                new EntryCreatedEvent(
                        id,
                        content,
                        RevisionKind.CREATE,
                        "editor1",
                        at,
                        "filled by the benchmark",
                        content.sizeInBytes(),
                        null,
                        null)));
        for (long revision = 2; revision <= EVENTS_PER_ENTRY; revision++) {
            EntryContent after = new EntryContent(
                    content.title(),
                    content.timeline(),
                    content.date(),
                    null,
                    null,
                    BenchmarkEntries.body(id, revision),
                    null);
            EntryChanges changes = EntryChanges.between(content, after);
            events.add(message(
                    id,
                    revision - 1,
                    new EntryRevisedEvent(
                            id,
                            revision,
                            revision - 1,
                            RevisionKind.EDIT,
                            "editor2",
                            at,
                            null,
                            false,
                            changes,
                            after.sizeInBytes(),
                            after.sizeInBytes() - content.sizeInBytes())));
            content = after;
        }
        return events;
    }

    private static DomainEventMessage<?> message(String id, long sequence, Object payload) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, id, sequence, payload);
    }
}
