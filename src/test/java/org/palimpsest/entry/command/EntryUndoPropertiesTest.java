package org.palimpsest.entry.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.entry.command.EntryTest.CONTENT;
import static org.palimpsest.entry.command.EntryTest.CREATED_AT;
import static org.palimpsest.entry.command.EntryTest.EDITED_AT;
import static org.palimpsest.entry.command.EntryTest.ID;
import static org.palimpsest.entry.command.EntryTest.onlyEvent;
import static org.palimpsest.entry.command.EntryTest.withBody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomMatcher;
import org.palimpsest.entry.api.EntryChanges;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.entry.api.EntryState;
import org.palimpsest.entry.api.RestoreRevisionCommand;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.entry.api.UndoRevisionCommand;
import org.palimpsest.text.EditSequences;

/**
 * For any sequence of random body edits, an undo of the newest revision gives back the revision before it, the same
 * content as a restore of that revision records.
 */
class EntryUndoPropertiesTest {

    private static final Instant UNDONE_AT = Instant.parse("2024-06-01T08:00:00Z");

    @Property(tries = 100)
    void undoingTheNewestRevisionGivesBackTheRevisionBeforeIt(@ForAll("bodies") List<String> bodies) {
        List<EntryContent> revisions =
                bodies.stream().map(body -> withBody(CONTENT, body)).toList();
        EntryContent newest = revisions.get(revisions.size() - 1);
        EntryContent before = revisions.get(revisions.size() - 2);
        FixtureConfiguration<Entry> fixture = new AggregateTestFixture<>(Entry.class);
        fixture.registerInjectableResource(new MergeStaleEdits(fixture.getEventStore()));

        fixture.given(history(revisions))
                .when(new UndoRevisionCommand(ID, revisions.size(), "carol", UNDONE_AT, null))
                .expectEventsMatching(onlyEvent(EntryRevisedEvent.class, event -> {
                    assertThat(event.kind()).isEqualTo(RevisionKind.UNDO);
                    assertThat(event.revision()).isEqualTo(revisions.size() + 1);
                    assertThat(event.changes().applyTo(newest)).isEqualTo(before);
                }))
                .expectResultMessagePayloadMatching(new CustomMatcher<EntryState>("the entry with the content before") {
                    @Override
                    public boolean matches(Object state) {
                        return state instanceof EntryState entry
                                && entry.content().equals(before);
                    }
                });
    }

    @Property(tries = 50)
    void undoingTheNewestRevisionRecordsWhatRestoringTheOneBeforeRecords(@ForAll("bodies") List<String> bodies) {
        List<EntryContent> revisions =
                bodies.stream().map(body -> withBody(CONTENT, body)).toList();
        long newest = revisions.size();

        EntryRevisedEvent undo = recorded(revisions, new UndoRevisionCommand(ID, newest, "carol", UNDONE_AT, null));
        EntryRevisedEvent restore =
                recorded(revisions, new RestoreRevisionCommand(ID, newest - 1, "carol", UNDONE_AT, null));

        assertThat(undo.kind()).isEqualTo(RevisionKind.UNDO);
        assertThat(restore.kind()).isEqualTo(RevisionKind.RESTORE);
        EntryContent now = revisions.get(revisions.size() - 1);
        assertThat(undo.changes().applyTo(now)).isEqualTo(restore.changes().applyTo(now));
        assertThat(undo.reverts()).isEqualTo(restore.reverts()).containsExactly(newest);
        assertThat(undo.size()).isEqualTo(restore.size());
    }

    private static EntryRevisedEvent recorded(List<EntryContent> revisions, Object command) {
        FixtureConfiguration<Entry> fixture = new AggregateTestFixture<>(Entry.class);
        fixture.registerInjectableResource(new MergeStaleEdits(fixture.getEventStore()));
        AtomicReference<EntryRevisedEvent> recorded = new AtomicReference<>();
        fixture.given(history(revisions))
                .when(command)
                .expectEventsMatching(onlyEvent(EntryRevisedEvent.class, recorded::set));
        return recorded.get();
    }

    @Provide
    Arbitrary<List<String>> bodies() {
        return EditSequences.versions();
    }

    private static List<Object> history(List<EntryContent> revisions) {
        List<Object> events = new ArrayList<>();
        EntryContent first = revisions.get(0);
        events.add(new EntryCreatedEvent(
                ID, first, RevisionKind.CREATE, "alice", CREATED_AT, "Created", first.sizeInBytes(), null, null));
        for (int i = 1; i < revisions.size(); i++) {
            EntryContent was = revisions.get(i - 1);
            EntryContent now = revisions.get(i);
            events.add(new EntryRevisedEvent(
                    ID,
                    i + 1,
                    i,
                    RevisionKind.EDIT,
                    i % 2 == 0 ? "alice" : "bob",
                    EDITED_AT.plusSeconds(i),
                    "edit " + i,
                    false,
                    EntryChanges.between(was, now),
                    now.sizeInBytes(),
                    now.sizeInBytes() - was.sizeInBytes()));
        }
        return events;
    }
}
