package org.palimpsest.entry.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.palimpsest.entry.api.CreateEntryCommand;
import org.palimpsest.entry.api.EntryChanges;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.EntryEdit;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.entry.api.EntryState;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.Image;
import org.palimpsest.entry.api.ImportKey;
import org.palimpsest.entry.api.InvalidEntryException;
import org.palimpsest.entry.api.Location;
import org.palimpsest.entry.api.NothingChangedException;
import org.palimpsest.entry.api.ReviseEntryCommand;
import org.palimpsest.entry.api.RevisionConflictException;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.entry.api.Source;
import org.palimpsest.system.axon.AxonObjectMapper;

class EntryTest {

    static final String ID = "battle-of-cannae";
    static final Instant CREATED_AT = Instant.parse("2024-05-01T10:00:00Z");
    static final Instant EDITED_AT = Instant.parse("2024-05-02T11:30:00Z");
    static final LocalDate SOURCE_UPDATED = LocalDate.parse("2023-11-20");

    static final String BODY = "Hannibal encircled the Roman army.\n\nIt was a disaster for Rome.";
    static final Image IMAGE = new Image("https://example.org/cannae.jpg", "The field", "PD");
    static final EntryContent CONTENT = new EntryContent(
            "Battle of Cannae",
            "Second Punic War",
            HistoricalDate.parse("216 BCE Aug 2"),
            new Location("Cannae", 41.3, 16.13),
            IMAGE,
            BODY,
            List.of(new Source("Polybius, Histories III", null)));

    static final String IMPORT_KEY = ImportKey.of(CONTENT);
    static final EntryCreatedEvent CREATED = new EntryCreatedEvent(
            ID,
            CONTENT,
            RevisionKind.IMPORT,
            "importer",
            CREATED_AT,
            "Imported",
            CONTENT.sizeInBytes(),
            SOURCE_UPDATED,
            IMPORT_KEY);

    private FixtureConfiguration<Entry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Entry.class);
        fixture.registerInjectableResource(new MergeStaleEdits(fixture.getEventStore()));
    }

    // ---- create -------------------------------------------------------------------------------------

    @Test
    void creatingEmitsEntryCreatedWithTheCommandsKindAuthorTimeAndTheContentSize() {
        fixture.givenNoPriorActivity()
                .when(new CreateEntryCommand(
                        ID,
                        CONTENT,
                        RevisionKind.IMPORT,
                        "importer",
                        CREATED_AT,
                        "Imported",
                        SOURCE_UPDATED,
                        IMPORT_KEY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EntryCreatedEvent(
                        ID,
                        CONTENT,
                        RevisionKind.IMPORT,
                        "importer",
                        CREATED_AT,
                        "Imported",
                        CONTENT.sizeInBytes(),
                        SOURCE_UPDATED,
                        IMPORT_KEY));
    }

    @Test
    void theSizeOfACreatedEntryCountsUtf8BytesOfAllItsTexts() {
        // "Ünï" 5 + "T" 1 + "1206" 4 + "漢字" 6 = 16 bytes
        EntryContent content = new EntryContent("Ünï", "T", HistoricalDate.parse("1206"), null, null, "漢字", null);

        fixture.givenNoPriorActivity()
                .when(new CreateEntryCommand(ID, content, RevisionKind.CREATE, "alice", CREATED_AT, null, null, null))
                .expectEvents(new EntryCreatedEvent(
                        ID, content, RevisionKind.CREATE, "alice", CREATED_AT, null, 16, null, null));
    }

    @Test
    void creatingWithoutAKindRecordsAPlainCreate() {
        fixture.givenNoPriorActivity()
                .when(new CreateEntryCommand(ID, CONTENT, null, "alice", CREATED_AT, "New", null, null))
                .expectEvents(new EntryCreatedEvent(
                        ID,
                        CONTENT,
                        RevisionKind.CREATE,
                        "alice",
                        CREATED_AT,
                        "New",
                        CONTENT.sizeInBytes(),
                        null,
                        null));
    }

    @Test
    void creatingWithABlankTitleIsRefusedWithoutEvents() {
        EntryContent blankTitle = new EntryContent("   ", CONTENT.timeline(), CONTENT.date(), null, null, BODY, null);

        fixture.givenNoPriorActivity()
                .when(new CreateEntryCommand(
                        ID, blankTitle, RevisionKind.CREATE, "alice", CREATED_AT, null, null, null))
                .expectException(InvalidEntryException.class)
                .expectExceptionMessage("title: required and must not be blank")
                .expectNoEvents();
    }

    static List<Arguments> impossibleContents() {
        return List.of(
                Arguments.of(new EntryContent("T", "L", null, null, null, BODY, null), "date: required"),
                Arguments.of(
                        new EntryContent(
                                "T", "L", CONTENT.date(), new Location("Cannae", 41.3, null), null, BODY, null),
                        "location: give both lat and lon, or neither"),
                Arguments.of(
                        new EntryContent(
                                "T", "L", CONTENT.date(), new Location("Cannae", 91.0, 16.0), null, BODY, null),
                        "location.lat: must be between -90 and 90"),
                Arguments.of(
                        new EntryContent(
                                "T",
                                "L",
                                CONTENT.date(),
                                null,
                                new Image("ftp://example.org/a.jpg", null, null),
                                BODY,
                                null),
                        "image.url: must be an http or https URL"),
                Arguments.of(
                        new EntryContent("Two\nlines", "L", CONTENT.date(), null, null, BODY, null),
                        "title: must be a single line"),
                Arguments.of(
                        new EntryContent("T", "L", CONTENT.date(), null, null, "lone \uD83D surrogate", null),
                        "body: holds a lone UTF-16 surrogate at index 5"));
    }

    @ParameterizedTest
    @MethodSource("impossibleContents")
    void creatingWithImpossibleContentIsRefusedWithoutEvents(EntryContent content, String message) {
        fixture.givenNoPriorActivity()
                .when(new CreateEntryCommand(ID, content, RevisionKind.CREATE, "alice", CREATED_AT, null, null, null))
                .expectException(InvalidEntryException.class)
                .expectExceptionMessage(message)
                .expectNoEvents();
    }

    // ---- revise -------------------------------------------------------------------------------------

    @Test
    void revisingTheCurrentRevisionEmitsTheNextRevisionHoldingOnlyTheChangedTitle() {
        EntryContent after = withTitle(CONTENT, "The Battle of Cannae");

        fixture.given(CREATED)
                .when(revise(1, titleEdit("The Battle of Cannae"), "Fuller title", true))
                .expectEvents(new EntryRevisedEvent(
                        ID,
                        2,
                        1,
                        RevisionKind.EDIT,
                        "bob",
                        EDITED_AT,
                        "Fuller title",
                        true,
                        new EntryChanges("The Battle of Cannae", null, null, null, null, null, null, Set.of()),
                        after.sizeInBytes(),
                        4));
    }

    @Test
    void aBodyEditIsRecordedAsAPatchThatTurnsTheOldBodyIntoTheNewOne() {
        String newBody = "Hannibal encircled and annihilated the Roman army.\n\nIt was a disaster for Rome.";
        EntryContent after = withBody(CONTENT, newBody);

        fixture.given(CREATED)
                .when(revise(1, bodyEdit(newBody), "Wording", false))
                .expectEventsMatching(onlyEvent(EntryRevisedEvent.class, event -> {
                    assertThat(event.revision()).isEqualTo(2);
                    assertThat(event.baseRevision()).isEqualTo(1);
                    assertThat(event.summary()).isEqualTo("Wording");
                    assertThat(event.minor()).isFalse();
                    assertThat(event.changes().fields()).containsExactly(EntryField.BODY);
                    assertThat(event.changes().title()).isNull();
                    assertThat(event.changes().body().applyTo(BODY)).isEqualTo(newBody);
                    assertThat(event.size()).isEqualTo(after.sizeInBytes());
                    assertThat(event.sizeDelta()).isEqualTo(newBody.length() - BODY.length());
                }));
    }

    @Test
    void revisionNumbersRiseByOneWithoutGapsOverSeveralRevises() {
        fixture.givenCommands(
                        new CreateEntryCommand(ID, CONTENT, RevisionKind.CREATE, "alice", CREATED_AT, null, null, null),
                        revise(1, titleEdit("Cannae I"), "one", false),
                        revise(2, titleEdit("Cannae II"), "two", false),
                        revise(3, bodyEdit(BODY + "\n\nThird paragraph."), "three", false))
                .when(revise(4, titleEdit("Cannae V"), "five", false))
                .expectEventsMatching(onlyEvent(EntryRevisedEvent.class, event -> {
                    assertThat(event.revision()).isEqualTo(5);
                    assertThat(event.baseRevision()).isEqualTo(4);
                }))
                .expectResultMessagePayload(new EntryState(
                        ID,
                        5,
                        withTitle(withBody(CONTENT, BODY + "\n\nThird paragraph."), "Cannae V"),
                        CREATED_AT,
                        "alice",
                        EDITED_AT,
                        "bob",
                        null,
                        false));
    }

    @Test
    void aReviseOnARevisionThatDoesNotExistYetIsRefused() {
        fixture.given(CREATED)
                .when(revise(7, titleEdit("Cannae"), "from the future", false))
                .expectException(matching(
                        RevisionConflictException.class,
                        e -> assertThat(e.currentRevision()).isEqualTo(1)))
                .expectNoEvents();
    }

    @Test
    void aReviseThatChangesNothingIsRefusedWithoutEvents() {
        EntryEdit sameValues = EntryEdit.of(EntryField.TITLE, CONTENT.title())
                .with(EntryField.TIMELINE, CONTENT.timeline())
                .with(EntryField.DATE, HistoricalDate.parse("216 BCE Aug 2"))
                .with(EntryField.LOCATION, new Location("Cannae", 41.3, 16.13))
                .with(EntryField.IMAGE, IMAGE)
                .with(EntryField.BODY, BODY)
                .with(EntryField.SOURCES, List.copyOf(CONTENT.sources()));

        fixture.given(CREATED)
                .when(revise(1, sameValues, "no-op", false))
                .expectException(NothingChangedException.class)
                .expectExceptionMessage("the changes leave entry 'battle-of-cannae' exactly as it is at revision 1")
                .expectNoEvents();
    }

    @Test
    void removingAnImageThatIsNotThereChangesNothing() {
        EntryCreatedEvent withoutImage = new EntryCreatedEvent(
                ID, withImage(CONTENT, null), RevisionKind.CREATE, "alice", CREATED_AT, null, 0, null, null);

        fixture.given(withoutImage)
                .when(revise(1, clear(EntryField.IMAGE), "remove image", false))
                .expectException(NothingChangedException.class)
                .expectNoEvents();
    }

    @Test
    void removingTheImageEmitsAChangeThatClearsTheImage() {
        EntryContent after = withImage(CONTENT, null);

        fixture.given(CREATED)
                .when(revise(1, clear(EntryField.IMAGE), "remove image", false))
                .expectEvents(new EntryRevisedEvent(
                        ID,
                        2,
                        1,
                        RevisionKind.EDIT,
                        "bob",
                        EDITED_AT,
                        "remove image",
                        false,
                        new EntryChanges(null, null, null, null, null, null, null, Set.of(EntryField.IMAGE)),
                        after.sizeInBytes(),
                        after.sizeInBytes() - CONTENT.sizeInBytes()))
                .expectResultMessagePayload(revisedState(2, after));
    }

    @Test
    void anEditThatWouldLeaveTheTitleEmptyIsRefusedWithoutEvents() {
        fixture.given(CREATED)
                .when(revise(1, titleEdit(""), "oops", false))
                .expectException(InvalidEntryException.class)
                .expectExceptionMessage("title: required and must not be blank")
                .expectNoEvents();
    }

    @Test
    void anEditWithATooLongSummaryIsRefusedWithoutEvents() {
        fixture.given(CREATED)
                .when(revise(1, titleEdit("Cannae"), "s".repeat(501), false))
                .expectException(InvalidEntryException.class)
                .expectExceptionMessage("summary: 501 characters, at most 500")
                .expectNoEvents();
    }

    @Test
    void theResultOfAReviseIsTheNewRevisionWithItsContent() {
        fixture.given(CREATED)
                .when(revise(1, titleEdit("Cannae"), "shorter", false))
                .expectResultMessagePayload(revisedState(2, withTitle(CONTENT, "Cannae")));
    }

    @Test
    void aReviseAppliesOnTopOfEarlierBodyPatches() {
        String second = BODY.replace("Roman", "Roman consular");
        String third = second + "\n\nAftermath.";

        fixture.given(CREATED, revised(2, bodyEdit(second)))
                .when(revise(2, bodyEdit(third), "aftermath", false))
                .expectResultMessagePayload(revisedState(3, withBody(CONTENT, third)));
    }

    // ---- snapshot ---------------------------------------------------------------------------------

    @Test
    void aReviseAfterRestoringFromAJacksonSnapshotAloneGetsTheNextRevisionAndTheRightContent() {
        String secondBody = BODY.replace("Roman", "Roman consular");
        Entry entry = new Entry();
        entry.on(CREATED);
        entry.on(revised(2, bodyEdit(secondBody)));
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(AxonObjectMapper.create())
                .build();

        SerializedObject<byte[]> snapshot = serializer.serialize(entry, byte[].class);
        Entry restored = serializer.deserialize(snapshot);

        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Entry.class)
                .registerComponent(StaleEditPolicy.class, c -> new MergeStaleEdits(c.eventStore()))
                .start();
        try {
            // only the snapshot is stored: events 0 and 1 it stands for are not there to replay
            axon.eventStore().storeSnapshot(new GenericDomainEventMessage<>("Entry", ID, 1L, restored));

            EntryState state =
                    axon.commandGateway().sendAndWait(revise(2, titleEdit("Cannae"), "after snapshot", false));

            EntryContent expected = withTitle(withBody(CONTENT, secondBody), "Cannae");
            assertThat(state).isEqualTo(revisedState(3, expected));
            List<? extends DomainEventMessage<?>> stored =
                    axon.eventStore().readEvents(ID).asStream().toList();
            assertThat(stored).hasSize(2);
            assertThat(stored.get(1).getSequenceNumber()).isEqualTo(2);
            assertThat(stored.get(1).getPayload()).isInstanceOfSatisfying(EntryRevisedEvent.class, event -> {
                assertThat(event.entryId()).isEqualTo(ID);
                assertThat(event.revision()).isEqualTo(3);
                assertThat(event.sizeDelta()).isEqualTo("Cannae".length() - "Battle of Cannae".length());
            });
        } finally {
            axon.shutdown();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    static ReviseEntryCommand revise(long base, EntryEdit edit, String summary, boolean minor) {
        return new ReviseEntryCommand(ID, base, edit, "bob", EDITED_AT, summary, minor);
    }

    /** The event a revise to {@code revision} from {@link #CONTENT} with the given edit would have recorded. */
    static EntryRevisedEvent revised(long revision, EntryEdit edit) {
        EntryContent after = edit.applyTo(CONTENT);
        return new EntryRevisedEvent(
                ID,
                revision,
                revision - 1,
                RevisionKind.EDIT,
                "bob",
                EDITED_AT,
                "earlier",
                false,
                EntryChanges.between(CONTENT, after),
                after.sizeInBytes(),
                after.sizeInBytes() - CONTENT.sizeInBytes());
    }

    static EntryEdit titleEdit(String title) {
        return EntryEdit.of(EntryField.TITLE, title);
    }

    static EntryEdit bodyEdit(String body) {
        return EntryEdit.of(EntryField.BODY, body);
    }

    static EntryEdit clear(EntryField field) {
        return EntryEdit.removing(field);
    }

    /** The state a revise by bob answers, of an entry that the importer created. */
    static EntryState revisedState(long revision, EntryContent content) {
        return new EntryState(ID, revision, content, CREATED_AT, "importer", EDITED_AT, "bob", SOURCE_UPDATED, false);
    }

    static EntryContent withTitle(EntryContent c, String title) {
        return new EntryContent(title, c.timeline(), c.date(), c.location(), c.image(), c.body(), c.sources());
    }

    static EntryContent withBody(EntryContent c, String body) {
        return new EntryContent(c.title(), c.timeline(), c.date(), c.location(), c.image(), body, c.sources());
    }

    static EntryContent withImage(EntryContent c, Image image) {
        return new EntryContent(c.title(), c.timeline(), c.date(), c.location(), image, c.body(), c.sources());
    }

    /** Exactly one event, of the given type, that passes the AssertJ assertions. */
    static <T> Matcher<List<EventMessage<?>>> onlyEvent(Class<T> type, Consumer<T> assertions) {
        return new TypeSafeMatcher<>() {
            private String failure = "";

            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                try {
                    assertThat(events).hasSize(1);
                    assertThat(events.get(0).getPayload()).isInstanceOf(type);
                    assertions.accept(type.cast(events.get(0).getPayload()));
                    return true;
                } catch (AssertionError e) {
                    failure = e.getMessage();
                    return false;
                }
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("one " + type.getSimpleName() + " " + failure);
            }
        };
    }

    static <T extends Throwable> Matcher<Throwable> matching(Class<T> type, Consumer<T> assertions) {
        return new TypeSafeMatcher<>() {
            private String failure = "";

            @Override
            protected boolean matchesSafely(Throwable thrown) {
                try {
                    assertThat(thrown).isInstanceOf(type);
                    assertions.accept(type.cast(thrown));
                    return true;
                } catch (AssertionError e) {
                    failure = e.getMessage();
                    return false;
                }
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " " + failure);
            }
        };
    }
}
