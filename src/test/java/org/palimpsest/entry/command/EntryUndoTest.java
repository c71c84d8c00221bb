package org.palimpsest.entry.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.entry.command.EntryTest.BODY;
import static org.palimpsest.entry.command.EntryTest.CONTENT;
import static org.palimpsest.entry.command.EntryTest.CREATED;
import static org.palimpsest.entry.command.EntryTest.CREATED_AT;
import static org.palimpsest.entry.command.EntryTest.ID;
import static org.palimpsest.entry.command.EntryTest.SOURCE_UPDATED;
import static org.palimpsest.entry.command.EntryTest.matching;
import static org.palimpsest.entry.command.EntryTest.onlyEvent;
import static org.palimpsest.entry.command.EntryTest.withBody;
import static org.palimpsest.entry.command.EntryTest.withTitle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.api.EditConflictException;
import org.palimpsest.entry.api.EntryChanges;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.entry.api.EntryState;
import org.palimpsest.entry.api.FieldConflict;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.NothingChangedException;
import org.palimpsest.entry.api.NothingToUndoException;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.entry.api.UndoRevisionCommand;
import org.palimpsest.entry.api.UnknownRevisionException;
import org.palimpsest.text.MergeResult;

class EntryUndoTest {

    static final Instant UNDONE_AT = Instant.parse("2024-05-03T09:00:00Z");
    static final String SECOND_PARAGRAPH = "It was a disaster for Rome.";

    private FixtureConfiguration<Entry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Entry.class);
        fixture.registerInjectableResource(new MergeStaleEdits(fixture.getEventStore()));
    }

    @Test
    void undoingTheLatestRevisionGivesBackTheContentBeforeIt() {
        EntryContent more = withBody(CONTENT, BODY + " More.");

        fixture.given(CREATED, revised(2, CONTENT, more))
                .when(undo(2, null))
                .expectEventsMatching(onlyEvent(EntryRevisedEvent.class, event -> {
                    assertThat(event.revision()).isEqualTo(3);
                    assertThat(event.baseRevision()).isEqualTo(2);
                    assertThat(event.kind()).isEqualTo(RevisionKind.UNDO);
                    assertThat(event.author()).isEqualTo("carol");
                    assertThat(event.at()).isEqualTo(UNDONE_AT);
                    assertThat(event.minor()).isFalse();
                    assertThat(event.changes().fields()).containsExactly(EntryField.BODY);
                    assertThat(event.changes().applyTo(more)).isEqualTo(CONTENT);
                    assertThat(event.sizeDelta()).isEqualTo(-" More.".length());
                    assertThat(event.reverts()).containsExactly(2L);
                }))
                .expectResultMessagePayload(undoneState(3, CONTENT));
    }

    @Test
    void anUndoWithoutASummaryNamesTheRevisionAndItsAuthor() {
        fixture.given(CREATED, revised(2, CONTENT, withTitle(CONTENT, "Cannae")))
                .when(undo(2, null))
                .expectEventsMatching(onlyEvent(
                        EntryRevisedEvent.class,
                        event -> assertThat(event.summary()).isEqualTo("Undo revision 2 by bob")));
    }

    @Test
    void anUndoKeepsTheSummaryItIsGiven() {
        fixture.given(CREATED, revised(2, CONTENT, withTitle(CONTENT, "Cannae")))
                .when(undo(2, "Vandalism"))
                .expectEventsMatching(onlyEvent(
                        EntryRevisedEvent.class,
                        event -> assertThat(event.summary()).isEqualTo("Vandalism")));
    }

    @Test
    void undoingAnOlderRevisionTakesBackOnlyItsChangesAndKeepsTheLaterOnes() {
        EntryContent second = withTitle(
                withBody(CONTENT, "Hannibal famously encircled the Roman army.\n\n" + SECOND_PARAGRAPH), "Cannae");
        EntryContent third =
                withBody(second, "Hannibal famously encircled the Roman army.\n\nIt was a great disaster for Rome.");
        EntryContent expected =
                withBody(CONTENT, "Hannibal encircled the Roman army.\n\nIt was a great disaster for Rome.");

        fixture.given(CREATED, revised(2, CONTENT, second), revised(3, second, third))
                .when(undo(2, null))
                .expectEventsMatching(onlyEvent(EntryRevisedEvent.class, event -> {
                    assertThat(event.revision()).isEqualTo(4);
                    assertThat(event.baseRevision()).isEqualTo(3);
                    assertThat(event.changes().fields()).containsExactly(EntryField.TITLE, EntryField.BODY);
                    assertThat(event.changes().applyTo(third)).isEqualTo(expected);
                }))
                .expectResultMessagePayload(undoneState(4, expected));
    }

    @Test
    void anUndoOfWordsALaterRevisionChangedAgainIsAConflictAndNothingIsRecorded() {
        EntryContent second = withBody(CONTENT, "Hannibal encircled the Roman army.\n\nIt was a catastrophe for Rome.");
        EntryContent third = withBody(CONTENT, "Hannibal encircled the Roman army.\n\nIt was a defeat for Rome.");

        fixture.given(CREATED, revised(2, CONTENT, second), revised(3, second, third))
                .when(undo(2, null))
                .expectException(matching(EditConflictException.class, e -> {
                    assertThat(e.currentRevision()).isEqualTo(3);
                    assertThat(e.conflicts())
                            .containsExactly(FieldConflict.ofText(
                                    EntryField.BODY,
                                    new MergeResult.Conflict(
                                            "catastrophe", "disaster", "defeat", "was a ", " for Rome")));
                }))
                .expectExceptionMessage("entry 'battle-of-cannae' is at revision 3 and 1 change of revision 2 to take"
                        + " back was changed again since; edit revision 3 by hand instead")
                .expectNoEvents();
    }

    @Test
    void anUndoOfAValueALaterRevisionChangedAgainIsAConflict() {
        HistoricalDate wrong = HistoricalDate.parse("216 BCE Aug 1");
        HistoricalDate later = HistoricalDate.parse("216 BCE Aug 3");
        EntryContent second = withDate(CONTENT, wrong);
        EntryContent third = withDate(CONTENT, later);

        fixture.given(CREATED, revised(2, CONTENT, second), revised(3, second, third))
                .when(undo(2, null))
                .expectException(matching(EditConflictException.class, e -> {
                    assertThat(e.conflicts())
                            .containsExactly(FieldConflict.ofValues(EntryField.DATE, wrong, CONTENT.date(), later));
                    assertThat(e.merged()).isEqualTo(CONTENT);
                }))
                .expectNoEvents();
    }

    @Test
    void anUndoOfTitleWordsIsMergedWithTheWordsALaterRevisionAdded() {
        EntryContent second = withTitle(CONTENT, "Cannae");
        EntryContent third = withTitle(CONTENT, "Cannae, 216 BCE");

        fixture.given(CREATED, revised(2, CONTENT, second), revised(3, second, third))
                .when(undo(2, null))
                .expectResultMessagePayload(undoneState(4, withTitle(CONTENT, "Battle of Cannae, 216 BCE")));
    }

    @Test
    void undoingARevisionAlreadyTakenBackChangesNothing() {
        EntryContent second = withTitle(CONTENT, "Cannae");

        fixture.given(CREATED, revised(2, CONTENT, second), revised(3, second, CONTENT))
                .when(undo(2, null))
                .expectException(NothingChangedException.class)
                .expectNoEvents();
    }

    @Test
    void revisionOneCannotBeUndone() {
        fixture.given(CREATED, revised(2, CONTENT, withTitle(CONTENT, "Cannae")))
                .when(undo(1, null))
                .expectException(NothingToUndoException.class)
                .expectExceptionMessage("revision 1 created the entry; nothing before it to go back to")
                .expectNoEvents();
    }

    @Test
    void aRevisionAboveTheCurrentOneCannotBeUndone() {
        fixture.given(CREATED, revised(2, CONTENT, withTitle(CONTENT, "Cannae")))
                .when(undo(3, null))
                .expectException(UnknownRevisionException.class)
                .expectExceptionMessage("entry 'battle-of-cannae' has no revision 3 (it is at revision 2)")
                .expectNoEvents();
    }

    @Test
    void theRevisionsOfAnUndoAreReadFromTheEvents() {
        MergeStaleEdits past = new MergeStaleEdits(fixture.getEventStore());
        EntryContent second = withTitle(CONTENT, "Cannae");
        fixture.given(CREATED, revised(2, CONTENT, second));

        assertThat(past.at(ID, 1)).isEqualTo(new PastRevisions.Past(CONTENT, "importer"));
        assertThat(past.at(ID, 2)).isEqualTo(new PastRevisions.Past(second, "bob"));
    }

    @Test
    void foldsThatStartFromAKeptCheckpointReadTheSameRevisionsAsFoldsFromTheStart() {
        int revisions = 3 * MergeStaleEdits.CHECKPOINT_EVERY + 7;
        List<Object> events = new ArrayList<>(List.of(CREATED));
        List<PastRevisions.Past> pasts = new ArrayList<>(List.of(new PastRevisions.Past(CONTENT, "importer")));
        EntryContent content = CONTENT;
        for (int revision = 2; revision <= revisions; revision++) {
            EntryContent next = withBody(content, content.body() + " Word" + revision + ".");
            events.add(revised(revision, content, next));
            pasts.add(new PastRevisions.Past(next, "bob"));
            content = next;
        }
        fixture.given(events);
        MergeStaleEdits past = new MergeStaleEdits(fixture.getEventStore());

        past.at(ID, revisions);
        for (int revision = revisions; revision >= 2; revision--) {
            assertThat(past.undoing(ID, revision))
                    .isEqualTo(new PastRevisions.Undone(
                            pasts.get(revision - 2).content(),
                            pasts.get(revision - 1).content(),
                            pasts.get(revision - 1).author()));
        }
        assertThat(past.at(ID, 1)).isEqualTo(pasts.get(0));
    }

    @Test
    void foldsThatStartFromTheEndOfTheFoldBeforeReadTheSameRevisionsAsFoldsFromTheStart() {
        int revisions = MergeStaleEdits.CHECKPOINT_EVERY + 9;
        List<Object> events = new ArrayList<>(List.of(CREATED));
        List<EntryContent> contents = new ArrayList<>(List.of(CONTENT));
        EntryContent content = CONTENT;
        for (int revision = 2; revision <= revisions; revision++) {
            EntryContent next = withBody(content, content.body() + " Word" + revision + ".");
            events.add(revised(revision, content, next));
            contents.add(next);
            content = next;
        }
        fixture.given(events);
        MergeStaleEdits past = new MergeStaleEdits(fixture.getEventStore());

        for (int revision = 2; revision <= revisions; revision++) {
            assertThat(past.at(ID, revision).content()).isEqualTo(contents.get(revision - 1));
            assertThat(past.undoing(ID, revision + 1 > revisions ? revision : revision + 1))
                    .isEqualTo(new PastRevisions.Undone(
                            contents.get(Math.min(revision, revisions - 1) - 1),
                            contents.get(Math.min(revision + 1, revisions) - 1),
                            "bob"));
        }
    }

    private static UndoRevisionCommand undo(long revision, String summary) {
        return new UndoRevisionCommand(ID, revision, "carol", UNDONE_AT, summary);
    }

    /** A revision by bob from {@code before} to {@code after}. */
    private static EntryRevisedEvent revised(long revision, EntryContent before, EntryContent after) {
        return new EntryRevisedEvent(
                ID,
                revision,
                revision - 1,
                RevisionKind.EDIT,
                "bob",
                EntryTest.EDITED_AT,
                "earlier",
                false,
                EntryChanges.between(before, after),
                after.sizeInBytes(),
                after.sizeInBytes() - before.sizeInBytes());
    }

    private static EntryContent withDate(EntryContent c, HistoricalDate date) {
        return new EntryContent(c.title(), c.timeline(), date, c.location(), c.image(), c.body(), c.sources());
    }

    private static EntryState undoneState(long revision, EntryContent content) {
        return new EntryState(ID, revision, content, CREATED_AT, "importer", UNDONE_AT, "carol", SOURCE_UPDATED, false);
    }
}
