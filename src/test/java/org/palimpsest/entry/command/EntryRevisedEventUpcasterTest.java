package org.palimpsest.entry.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.api.EntryChanges;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.EntryRevisedEvent;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.system.axon.AxonObjectMapper;

/** Revised events stored before {@code reverts} existed are read as reverting nothing. */
class EntryRevisedEventUpcasterTest {

    private static final String OLD_EDIT = """
            {"entryId":"stalin-and-mao","revision":2,"baseRevision":1,"kind":"EDIT","author":"editor1",
             "at":"2026-11-20T10:00:00Z","summary":"retitled","minor":false,
             "changes":{"title":"Stalin, Mao","timeline":null,"date":null,"location":null,"image":null,
             "body":null,"sources":null,"cleared":[]},"size":40,"sizeDelta":-2}""";

    private static final String OLD_UNDO = OLD_EDIT.replace("\"revision\":2", "\"revision\":3")
            .replace("\"baseRevision\":1", "\"baseRevision\":2")
            .replace("\"EDIT\"", "\"UNDO\"")
            .replace("retitled", "Undo revision 2 by editor1");

    private final JacksonSerializer serializer =
            JacksonSerializer.builder().objectMapper(AxonObjectMapper.create()).build();

    private static GenericDomainEventEntry<byte[]> stored(String storedPayload, String revision) {
        return new GenericDomainEventEntry<>(
                "Entry",
                "stalin-and-mao",
                1,
                "event-2",
                Instant.parse("2026-11-20T10:00:00Z"),
                EntryRevisedEvent.class.getName(),
                revision,
                storedPayload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    private EntryRevisedEvent read(String storedPayload, String revision) {
        GenericDomainEventEntry<byte[]> stored = stored(storedPayload, revision);
        List<? extends DomainEventMessage<?>> events = EventStreamUtils.upcastAndDeserializeDomainEvents(
                        Stream.of(stored), serializer, new EventUpcasterChain(new EntryRevisedEventUpcaster()))
                .asStream()
                .toList();
        assertThat(events).hasSize(1);
        return (EntryRevisedEvent) events.get(0).getPayload();
    }

    @Test
    void theFirstShapeIsUpcastToTheSecondWithAnEmptyListOfReverts() {
        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(new EntryRevisedEventUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(stored(OLD_EDIT, null), serializer)))
                .toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        JsonNode payload = upcast.get(0).getData(JsonNode.class).getData();
        assertThat(payload.get("reverts").isArray()).isTrue();
        assertThat(payload.get("reverts")).isEmpty();
        assertThat(payload.get("author").asText()).isEqualTo("editor1");
    }

    @Test
    void anEditStoredInTheFirstShapeRevertsNothing() {
        EntryRevisedEvent event = read(OLD_EDIT, null);

        assertThat(event.revision()).isEqualTo(2);
        assertThat(event.kind()).isEqualTo(RevisionKind.EDIT);
        assertThat(event.author()).isEqualTo("editor1");
        assertThat(event.changes().fields()).containsExactly(EntryField.TITLE);
        assertThat(event.reverts()).isEmpty();
    }

    @Test
    void anUndoStoredInTheFirstShapeNamesNoRevisionBecauseNothingStoredSaysWhichReliably() {
        EntryRevisedEvent event = read(OLD_UNDO, null);

        assertThat(event.kind()).isEqualTo(RevisionKind.UNDO);
        assertThat(event.summary()).isEqualTo("Undo revision 2 by editor1");
        assertThat(event.reverts()).isEmpty();
    }

    @Test
    void anEventOfTheSecondShapeKeepsTheRevisionsItReverts() {
        EntryRevisedEvent written = new EntryRevisedEvent(
                "stalin-and-mao",
                5,
                4,
                RevisionKind.RESTORE,
                "reviewer",
                Instant.parse("2026-11-21T10:00:00Z"),
                "Restore revision 2",
                false,
                EntryChanges.between(EntryTest.CONTENT, EntryTest.withTitle(EntryTest.CONTENT, "Cannae")),
                40,
                -10,
                List.of(3L, 4L));
        SerializedObject<byte[]> stored = serializer.serialize(written, byte[].class);

        assertThat(stored.getType().getRevision()).isEqualTo("2");
        assertThat(read(new String(stored.getData(), StandardCharsets.UTF_8), "2"))
                .isEqualTo(written);
    }

    @Test
    void aChangeIsStoredWithOnlyTheFieldsItChangesAndReadsBackWhole() throws Exception {
        EntryRevisedEvent written = new EntryRevisedEvent(
                "stalin-and-mao",
                6,
                5,
                RevisionKind.EDIT,
                "editor1",
                Instant.parse("2026-11-22T10:00:00Z"),
                null,
                false,
                EntryChanges.between(EntryTest.CONTENT, EntryTest.withTitle(EntryTest.CONTENT, "Cannae")),
                40,
                -10,
                List.of());
        SerializedObject<byte[]> stored = serializer.serialize(written, byte[].class);

        JsonNode changes = AxonObjectMapper.create().readTree(stored.getData()).get("changes");
        List<String> names = new java.util.ArrayList<>();
        changes.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("title");
        assertThat(read(new String(stored.getData(), StandardCharsets.UTF_8), "2"))
                .isEqualTo(written);
    }

    @Test
    void aChangeStoredWithEveryComponentWrittenReadsAsTheSameChange() {
        String everyComponent = OLD_EDIT.replace("\"sizeDelta\":-2", "\"sizeDelta\":-2,\"reverts\":[]");
        String changedOnly = everyComponent
                .replaceAll("\"(timeline|date|location|image|body|sources)\":null,\\s*", "")
                .replace(",\"cleared\":[]", "");
        assertThat(changedOnly).doesNotContain("null,").doesNotContain("cleared");

        EntryRevisedEvent fromEveryComponent = read(everyComponent, "2");
        assertThat(fromEveryComponent.changes().fields()).containsExactly(EntryField.TITLE);
        assertThat(read(changedOnly, "2")).isEqualTo(fromEveryComponent);
    }
}
