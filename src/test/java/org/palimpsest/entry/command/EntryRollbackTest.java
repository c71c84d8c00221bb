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
import static org.palimpsest.entry.command.RevisionsBy.edit;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.api.AlreadyRolledBackException;
import org.palimpsest.entry.api.EntryChanges;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.entry.api.EntryState;
import org.palimpsest.entry.api.NoEditsByAuthorException;
import org.palimpsest.entry.api.OnlyAuthorException;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.entry.api.RollBackEditsCommand;

class EntryRollbackTest {

    private static final Instant ROLLED_BACK_AT = Instant.parse("2024-05-05T07:00:00Z");
    private static final EntryContent HONEST = withTitle(CONTENT, "Cannae");
    private static final EntryContent VANDALISED = withBody(HONEST, BODY + " LOL.");
    private static final EntryContent WORSE = withTitle(VANDALISED, "Cannae was fake");

    private FixtureConfiguration<Entry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Entry.class);
        fixture.registerInjectableResource(new MergeStaleEdits(fixture.getEventStore()));
    }

    @Test
    void aRollbackTakesBackAllTheAuthorsNewestRevisionsToTheNewestRevisionBySomeoneElse() {
        fixture.given(
                        CREATED,
                        edit(2, "alice", CONTENT, HONEST),
                        edit(3, "mallory", HONEST, VANDALISED),
                        edit(4, "mallory", VANDALISED, WORSE))
                .when(rollBack("mallory", null))
                .expectEventsMatching(onlyEvent(EntryRevisedEvent.class, event -> {
                    assertThat(event.revision()).isEqualTo(5);
                    assertThat(event.baseRevision()).isEqualTo(4);
                    assertThat(event.kind()).isEqualTo(RevisionKind.ROLLBACK);
                    assertThat(event.author()).isEqualTo("reviewer");
                    assertThat(event.at()).isEqualTo(ROLLED_BACK_AT);
                    assertThat(event.summary()).isEqualTo("Roll back edits by mallory to revision 2 by alice");
                    assertThat(event.reverts()).containsExactly(3L, 4L);
                    assertThat(event.changes().applyTo(WORSE)).isEqualTo(HONEST);
                }))
                .expectResultMessagePayload(rolledBackState(5, HONEST));
    }

    @Test
    void aRollbackStopsAtTheNewestRevisionBySomeoneElseAndKeepsTheAuthorsEarlierRevisions() {
        EntryContent fixed = withTitle(VANDALISED, "Battle of Cannae");
        fixture.given(
                        CREATED,
                        edit(2, "mallory", CONTENT, VANDALISED),
                        edit(3, "alice", VANDALISED, fixed),
                        edit(4, "mallory", fixed, withTitle(fixed, "Cannae was fake")))
                .when(rollBack("mallory", "Vandalism"))
                .expectEventsMatching(onlyEvent(EntryRevisedEvent.class, event -> {
                    assertThat(event.summary()).isEqualTo("Vandalism");
                    assertThat(event.reverts()).containsExactly(4L);
                    assertThat(event.changes().applyTo(withTitle(fixed, "Cannae was fake")))
                            .isEqualTo(fixed);
                }));
    }

    @Test
    void aRollbackWhenTheNewestRevisionIsBySomeoneElseIsAlreadyRolledAndNothingIsRecorded() {
        fixture.given(CREATED, edit(2, "mallory", CONTENT, VANDALISED), edit(3, "alice", VANDALISED, HONEST))
                .when(rollBack("mallory", null))
                .expectException(matching(AlreadyRolledBackException.class, e -> {
                    assertThat(e.newestAuthor()).isEqualTo("alice");
                    assertThat(e.currentRevision()).isEqualTo(3);
                }))
                .expectNoEvents();
    }

    @Test
    void aSecondRollbackOfTheSameRevisionsFindsThemRolledBackAlready() {
        fixture.given(
                        CREATED,
                        edit(2, "alice", CONTENT, HONEST),
                        edit(3, "mallory", HONEST, VANDALISED),
                        new EntryRevisedEvent(
                                ID,
                                4,
                                3,
                                RevisionKind.ROLLBACK,
                                "admin",
                                ROLLED_BACK_AT,
                                "Roll back edits by mallory to revision 2 by alice",
                                false,
                                EntryChanges.between(VANDALISED, HONEST),
                                HONEST.sizeInBytes(),
                                HONEST.sizeInBytes() - VANDALISED.sizeInBytes(),
                                List.of(3L)))
                .when(rollBack("mallory", null))
                .expectException(AlreadyRolledBackException.class)
                .expectNoEvents();
    }

    @Test
    void aRollbackOfTheAuthorOfEveryRevisionIsRefused() {
        fixture.given(CREATED, edit(2, "importer", CONTENT, HONEST))
                .when(rollBack("importer", null))
                .expectException(OnlyAuthorException.class)
                .expectExceptionMessage("importer made every revision of entry 'battle-of-cannae'; no revision by "
                        + "someone else to go back to")
                .expectNoEvents();
    }

    @Test
    void aRollbackOfAnAuthorWithoutRevisionsIsRefused() {
        fixture.given(CREATED, edit(2, "alice", CONTENT, HONEST))
                .when(rollBack("mallory", null))
                .expectException(NoEditsByAuthorException.class)
                .expectNoEvents();
    }

    @Test
    void theRevisionARollbackGoesBackToIsReadFromTheEvents() {
        MergeStaleEdits past = new MergeStaleEdits(fixture.getEventStore());
        fixture.given(CREATED, edit(2, "alice", CONTENT, HONEST), edit(3, "mallory", HONEST, VANDALISED));

        assertThat(past.newestNotBy(ID, "mallory", 3)).isEqualTo(new PastRevisions.Others(2, HONEST, "alice", true));
        assertThat(past.newestNotBy(ID, "alice", 3))
                .isEqualTo(new PastRevisions.Others(3, VANDALISED, "mallory", true));
        assertThat(past.newestNotBy(ID, "nobody", 3))
                .isEqualTo(new PastRevisions.Others(3, VANDALISED, "mallory", false));
    }

    private static RollBackEditsCommand rollBack(String editsBy, String summary) {
        return new RollBackEditsCommand(ID, editsBy, "reviewer", ROLLED_BACK_AT, summary);
    }

    private static EntryState rolledBackState(long revision, EntryContent content) {
        return new EntryState(
                ID, revision, content, CREATED_AT, "importer", ROLLED_BACK_AT, "reviewer", SOURCE_UPDATED, false);
    }
}
