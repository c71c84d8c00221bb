package org.palimpsest.entry.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.entry.command.EntryTest.CONTENT;
import static org.palimpsest.entry.command.EntryTest.CREATED_AT;
import static org.palimpsest.entry.command.EntryTest.EDITED_AT;
import static org.palimpsest.entry.command.EntryTest.ID;
import static org.palimpsest.entry.command.EntryTest.withBody;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.api.EntryChanges;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.entry.api.RevisionKind;

/**
 * A rollback's target (the newest revision by someone else) is the same whether the fold starts from the entry's
 * first event or from a content kept by an earlier fold, or is found among the revisions kept as they were stored.
 */
class NewestNotByTest {

    @Test
    void aSecondFoldFromAKeptCheckpointFindsWhatTheFullFoldFound() {
        MergeStaleEdits past =
                pastOf(130, revision -> revision <= 117 ? (revision % 2 == 0 ? "alice" : "bob") : "vandal");

        PastRevisions.Others first = past.newestNotBy(ID, "vandal", 130);
        PastRevisions.Others again = past.newestNotBy(ID, "vandal", 130);

        assertThat(first.revision()).isEqualTo(117);
        assertThat(first.author()).isEqualTo("bob");
        assertThat(first.content()).isEqualTo(body(117));
        assertThat(first.edited()).isTrue();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void whenTheAuthorMadeEveryRevisionSinceTheNewestCheckpointTheFoldGoesFurtherBack() {
        MergeStaleEdits past = pastOf(130, revision -> revision <= 40 ? "alice" : "vandal");

        PastRevisions.Others first = past.newestNotBy(ID, "vandal", 130);
        PastRevisions.Others again = past.newestNotBy(ID, "vandal", 130);

        assertThat(first.revision()).isEqualTo(40);
        assertThat(first.content()).isEqualTo(body(40));
        assertThat(again).isEqualTo(first);
    }

    @Test
    void anAuthorWithoutRevisionsIsToldSoAfterAKeptCheckpointToo() {
        MergeStaleEdits past = pastOf(120, revision -> revision % 2 == 0 ? "alice" : "bob");

        past.newestNotBy(ID, "alice", 120);
        PastRevisions.Others nobody = past.newestNotBy(ID, "carol", 120);

        assertThat(nobody.edited()).isFalse();
        assertThat(nobody.revision()).isEqualTo(120);
    }

    @Test
    void aFoldThatStartsWhereTheLastRollbackLookedFindsWhatAFullFoldFinds() {
        IntFunction<String> authorOf = revision ->
                revision <= 100 ? (revision % 2 == 0 ? "alice" : "bob") : revision == 104 ? "carol" : "vandal";
        MergeStaleEdits past = pastOf(107, authorOf);

        PastRevisions.Others first = past.newestNotBy(ID, "vandal", 103);
        PastRevisions.Others second = past.newestNotBy(ID, "vandal", 107);

        assertThat(first.revision()).isEqualTo(100);
        assertThat(first.content()).isEqualTo(body(100));
        assertThat(second).isEqualTo(new PastRevisions.Others(104, body(104), "carol", true));
        assertThat(second).isEqualTo(pastOf(107, authorOf).newestNotBy(ID, "vandal", 107));
    }

    @Test
    void aRollbackRightAfterTheEditsItTakesBackFindsItsTargetAmongTheRevisionsKeptAsTheyWereStored() {
        MergeStaleEdits past = new MergeStaleEdits(emptyStore());
        past.keep(ID, 10, body(10), "alice");
        for (int revision = 11; revision <= 13; revision++) {
            past.keep(ID, revision, body(revision), "vandal");
        }

        assertThat(past.newestNotBy(ID, "vandal", 13)).isEqualTo(new PastRevisions.Others(10, body(10), "alice", true));
    }

    @Test
    void aRevisionNotKeptOnTheWayBackLeavesTheAnswerToTheFold() {
        IntFunction<String> authorOf = revision -> revision <= 100 ? "alice" : "vandal";
        MergeStaleEdits past = pastOf(107, authorOf);
        past.keep(ID, 107, body(107), "vandal");
        past.keep(ID, 106, body(106), "vandal");

        assertThat(past.newestNotBy(ID, "vandal", 107))
                .isEqualTo(new PastRevisions.Others(100, body(100), "alice", true))
                .isEqualTo(pastOf(107, authorOf).newestNotBy(ID, "vandal", 107));
    }

    @Test
    void anUndoOfARevisionKeptWithTheOneBeforeItReadsNoEvent() {
        MergeStaleEdits past = new MergeStaleEdits(emptyStore());
        past.keep(ID, 5, body(5), "alice");
        past.keep(ID, 6, body(6), "bob");

        assertThat(past.undoing(ID, 6)).isEqualTo(new PastRevisions.Undone(body(5), body(6), "bob"));
    }

    @Test
    void aRevisionKeptAsItWasStoredIsReadWithoutAFold() {
        MergeStaleEdits past = new MergeStaleEdits(emptyStore());
        past.keep(ID, 7, body(7), "alice");

        assertThat(past.at(ID, 7)).isEqualTo(new PastRevisions.Past(body(7), "alice"));
    }

    @Test
    void anUndoFoldedFromTheEventsSeesTheRevisionAndTheOneBeforeItAlsoFromAKeptCheckpoint() {
        MergeStaleEdits past = pastOf(130, revision -> revision % 3 == 0 ? "alice" : "bob");

        PastRevisions.Undone first = past.undoing(ID, 77);
        PastRevisions.Undone later = past.undoing(ID, 103);

        assertThat(first).isEqualTo(new PastRevisions.Undone(body(76), body(77), "bob"));
        assertThat(later).isEqualTo(new PastRevisions.Undone(body(102), body(103), "bob"));
        assertThat(past.undoing(ID, 2)).isEqualTo(new PastRevisions.Undone(body(1), body(2), "bob"));
    }

    private static EmbeddedEventStore emptyStore() {
        return EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
    }

    private static MergeStaleEdits pastOf(int revisions, IntFunction<String> authorOf) {
        EmbeddedEventStore store = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        List<DomainEventMessage<?>> events = new ArrayList<>();
        events.add(event(
                0,
                new EntryCreatedEvent(
                        ID,
                        body(1),
                        RevisionKind.CREATE,
                        authorOf.apply(1),
                        CREATED_AT,
                        "Created",
                        body(1).sizeInBytes(),
                        null,
                        null)));
        for (int revision = 2; revision <= revisions; revision++) {
            EntryContent was = body(revision - 1);
            EntryContent now = body(revision);
            events.add(event(
                    revision - 1,
                    new EntryRevisedEvent(
                            ID,
                            revision,
                            revision - 1,
                            RevisionKind.EDIT,
                            authorOf.apply(revision),
                            EDITED_AT.plusSeconds(revision),
                            "edit " + revision,
                            false,
                            EntryChanges.between(was, now),
                            now.sizeInBytes(),
                            now.sizeInBytes() - was.sizeInBytes())));
        }
        store.publish(events);
        return new MergeStaleEdits(store);
    }

    private static DomainEventMessage<?> event(long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Entry", ID, sequence, payload);
    }

    private static EntryContent body(int revision) {
        return withBody(CONTENT, "The line held at revision " + revision + ".\n\nThe second paragraph stays.");
    }
}
