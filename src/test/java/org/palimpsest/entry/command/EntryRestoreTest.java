package org.palimpsest.entry.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.entry.command.EntryTest.BODY;
import static org.palimpsest.entry.command.EntryTest.CONTENT;
import static org.palimpsest.entry.command.EntryTest.CREATED;
import static org.palimpsest.entry.command.EntryTest.CREATED_AT;
import static org.palimpsest.entry.command.EntryTest.ID;
import static org.palimpsest.entry.command.EntryTest.SOURCE_UPDATED;
import static org.palimpsest.entry.command.EntryTest.onlyEvent;
import static org.palimpsest.entry.command.EntryTest.withBody;
import static org.palimpsest.entry.command.EntryTest.withTitle;
import static org.palimpsest.entry.command.RevisionsBy.edit;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.api.AlreadyCurrentRevisionException;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.entry.api.EntryState;
import org.palimpsest.entry.api.NothingChangedException;
import org.palimpsest.entry.api.RestoreRevisionCommand;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.entry.api.UnknownRevisionException;

class EntryRestoreTest {

    private static final Instant RESTORED_AT = Instant.parse("2024-05-04T08:00:00Z");
    private static final EntryContent SECOND = withTitle(CONTENT, "Cannae");
    private static final EntryContent THIRD = withBody(SECOND, BODY + " Rome recovered.");

    private FixtureConfiguration<Entry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Entry.class);
        fixture.registerInjectableResource(new MergeStaleEdits(fixture.getEventStore()));
    }

    @Test
    void restoringAnOlderRevisionBringsBackItsContentAndRevertsEveryRevisionAfterIt() {
        fixture.given(CREATED, edit(2, "bob", CONTENT, SECOND), edit(3, "bob", SECOND, THIRD))
                .when(restore(1, null))
                .expectEventsMatching(onlyEvent(EntryRevisedEvent.class, event -> {
                    assertThat(event.revision()).isEqualTo(4);
                    assertThat(event.baseRevision()).isEqualTo(3);
                    assertThat(event.kind()).isEqualTo(RevisionKind.RESTORE);
                    assertThat(event.author()).isEqualTo("carol");
                    assertThat(event.at()).isEqualTo(RESTORED_AT);
                    assertThat(event.summary()).isEqualTo("Restore revision 1");
                    assertThat(event.reverts()).containsExactly(2L, 3L);
                    assertThat(event.changes().fields()).containsExactly(EntryField.TITLE, EntryField.BODY);
                    assertThat(event.changes().applyTo(THIRD)).isEqualTo(CONTENT);
                    assertThat(event.sizeDelta()).isEqualTo(CONTENT.sizeInBytes() - THIRD.sizeInBytes());
                }))
                .expectResultMessagePayload(restoredState(4, CONTENT));
    }

    @Test
    void restoringAMiddleRevisionRevertsOnlyTheRevisionsAfterItAndKeepsTheGivenSummary() {
        fixture.given(CREATED, edit(2, "bob", CONTENT, SECOND), edit(3, "bob", SECOND, THIRD))
                .when(restore(2, "Back to the short body"))
                .expectEventsMatching(onlyEvent(EntryRevisedEvent.class, event -> {
                    assertThat(event.summary()).isEqualTo("Back to the short body");
                    assertThat(event.reverts()).containsExactly(3L);
                    assertThat(event.changes().applyTo(THIRD)).isEqualTo(SECOND);
                }))
                .expectResultMessagePayload(restoredState(4, SECOND));
    }

    @Test
    void restoringTheCurrentRevisionIsRefusedAndNothingIsRecorded() {
        fixture.given(CREATED, edit(2, "bob", CONTENT, SECOND))
                .when(restore(2, null))
                .expectException(AlreadyCurrentRevisionException.class)
                .expectExceptionMessage("entry 'battle-of-cannae' is at revision 2 already; nothing to restore")
                .expectNoEvents();
    }

    @Test
    void restoringARevisionTheEntryHasNotIsRefused() {
        fixture.given(CREATED, edit(2, "bob", CONTENT, SECOND))
                .when(restore(3, null))
                .expectException(UnknownRevisionException.class)
                .expectNoEvents();
    }

    @Test
    void restoringRevisionZeroIsRefused() {
        fixture.given(CREATED, edit(2, "bob", CONTENT, SECOND))
                .when(restore(0, null))
                .expectException(UnknownRevisionException.class)
                .expectNoEvents();
    }

    @Test
    void restoringARevisionWhoseContentIsAlreadyBackChangesNothing() {
        fixture.given(CREATED, edit(2, "bob", CONTENT, SECOND), edit(3, "bob", SECOND, CONTENT))
                .when(restore(1, null))
                .expectException(NothingChangedException.class)
                .expectNoEvents();
    }

    private static RestoreRevisionCommand restore(long revision, String summary) {
        return new RestoreRevisionCommand(ID, revision, "carol", RESTORED_AT, summary);
    }

    private static EntryState restoredState(long revision, EntryContent content) {
        return new EntryState(
                ID, revision, content, CREATED_AT, "importer", RESTORED_AT, "carol", SOURCE_UPDATED, false);
    }
}
