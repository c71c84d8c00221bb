package org.palimpsest.entry.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.entry.command.EntryTest.BODY;
import static org.palimpsest.entry.command.EntryTest.CONTENT;
import static org.palimpsest.entry.command.EntryTest.CREATED;
import static org.palimpsest.entry.command.EntryTest.CREATED_AT;
import static org.palimpsest.entry.command.EntryTest.EDITED_AT;
import static org.palimpsest.entry.command.EntryTest.ID;
import static org.palimpsest.entry.command.EntryTest.SOURCE_UPDATED;
import static org.palimpsest.entry.command.EntryTest.bodyEdit;
import static org.palimpsest.entry.command.EntryTest.matching;
import static org.palimpsest.entry.command.EntryTest.onlyEvent;
import static org.palimpsest.entry.command.EntryTest.revise;
import static org.palimpsest.entry.command.EntryTest.revised;
import static org.palimpsest.entry.command.EntryTest.titleEdit;
import static org.palimpsest.entry.command.EntryTest.withBody;
import static org.palimpsest.entry.command.EntryTest.withTitle;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.api.EditConflictException;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryEdit;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.entry.api.EntryState;
import org.palimpsest.entry.api.FieldConflict;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.NothingChangedException;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.text.MergeResult;

class EntryMergeTest {

    static final String FIRST_PARAGRAPH = "Hannibal encircled the Roman army.";
    static final String SECOND_PARAGRAPH = "It was a disaster for Rome.";

    private FixtureConfiguration<Entry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Entry.class);
        fixture.registerInjectableResource(new MergeStaleEdits(fixture.getEventStore()));
    }

    @Test
    void aStaleEditOfAnotherFieldIsMergedAndRecordedAsAMergeOnTheEditorsBase() {
        HistoricalDate date = HistoricalDate.parse("216 BCE Aug 3");

        fixture.given(CREATED, revised(2, titleEdit("Cannae")))
                .when(revise(1, EntryEdit.of(EntryField.DATE, date), "date", false))
                .expectEventsMatching(onlyEvent(EntryRevisedEvent.class, event -> {
                    assertThat(event.revision()).isEqualTo(3);
                    assertThat(event.baseRevision()).isEqualTo(1);
                    assertThat(event.kind()).isEqualTo(RevisionKind.MERGE);
                    assertThat(event.changes().fields()).containsExactly(EntryField.DATE);
                    assertThat(event.changes().date()).isEqualTo(date);
                }))
                .expectResultMessagePayload(mergedState(3, withDate(withTitle(CONTENT, "Cannae"), date)));
    }

    @Test
    void staleEditsOfDifferentWordsOfTheBodyCombine() {
        String theirs = "Hannibal famously encircled the Roman army.\n\n" + SECOND_PARAGRAPH;
        String mine = FIRST_PARAGRAPH + "\n\nIt was a great disaster for Rome.";

        fixture.given(CREATED, revised(2, bodyEdit(theirs)))
                .when(revise(1, bodyEdit(mine), "body", false))
                .expectEventsMatching(onlyEvent(EntryRevisedEvent.class, event -> {
                    assertThat(event.kind()).isEqualTo(RevisionKind.MERGE);
                    assertThat(event.changes().body().applyTo(theirs))
                            .isEqualTo(
                                    "Hannibal famously encircled the Roman army.\n\nIt was a great disaster for Rome.");
                }))
                .expectResultMessagePayload(mergedState(
                        3,
                        withBody(
                                CONTENT,
                                "Hannibal famously encircled the Roman army.\n\nIt was a great disaster for Rome.")));
    }

    @Test
    void aValueBothSidesChangedDifferentlyIsAConflictWithItsThreeValuesAndNothingIsRecorded() {
        HistoricalDate theirs = HistoricalDate.parse("216 BCE Aug 1");
        HistoricalDate mine = HistoricalDate.parse("216 BCE Aug 3");

        fixture.given(CREATED, revised(2, EntryEdit.of(EntryField.DATE, theirs)))
                .when(revise(1, EntryEdit.of(EntryField.DATE, mine).with(EntryField.TITLE, "Cannae"), "date", false))
                .expectException(matching(EditConflictException.class, e -> {
                    assertThat(e.currentRevision()).isEqualTo(2);
                    assertThat(e.conflicts())
                            .containsExactly(FieldConflict.ofValues(EntryField.DATE, CONTENT.date(), mine, theirs));
                    assertThat(e.merged()).isEqualTo(withDate(withTitle(CONTENT, "Cannae"), mine));
                }))
                .expectNoEvents();
    }

    @Test
    void wordsBothSidesChangedDifferentlyAreAConflictWithTheEditorsTextInTheMergedEntry() {
        String theirs = FIRST_PARAGRAPH + "\n\nIt was a catastrophe for Rome.";
        String mine = FIRST_PARAGRAPH + "\n\nIt was a defeat for Rome.";

        fixture.given(CREATED, revised(2, bodyEdit(theirs)))
                .when(revise(1, bodyEdit(mine), "body", false))
                .expectException(matching(EditConflictException.class, e -> {
                    assertThat(e.conflicts())
                            .containsExactly(FieldConflict.ofText(
                                    EntryField.BODY,
                                    new MergeResult.Conflict(
                                            "disaster", "defeat", "catastrophe", "was a ", " for Rome")));
                    assertThat(e.merged()).isEqualTo(withBody(CONTENT, mine));
                }))
                .expectExceptionMessage("entry 'battle-of-cannae' is at revision 2, the edit was based on revision 1"
                        + " and 1 of its changes conflicts with the revisions since; resolve them and send the edit"
                        + " based on revision 2")
                .expectNoEvents();
    }

    @Test
    void aStaleEditThatTheRevisionsSinceAlreadyMadeChangesNothing() {
        fixture.given(CREATED, revised(2, titleEdit("Cannae")))
                .when(revise(1, titleEdit("Cannae"), "same", false))
                .expectException(NothingChangedException.class)
                .expectNoEvents();
    }

    @Test
    void theBaseIsReadFromTheEventsUpToItsRevision() {
        MergeStaleEdits policy = new MergeStaleEdits(fixture.getEventStore());
        fixture.given(CREATED, revised(2, bodyEdit(BODY + " More.")));

        assertThat(policy.contentAt(ID, 1)).isEqualTo(CONTENT);
        assertThat(policy.contentAt(ID, 2)).isEqualTo(withBody(CONTENT, BODY + " More."));
    }

    private static EntryState mergedState(long revision, EntryContent content) {
        return new EntryState(ID, revision, content, CREATED_AT, "importer", EDITED_AT, "bob", SOURCE_UPDATED, true);
    }

    private static EntryContent withDate(EntryContent c, HistoricalDate date) {
        return new EntryContent(c.title(), c.timeline(), date, c.location(), c.image(), c.body(), c.sources());
    }
}
