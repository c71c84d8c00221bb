package org.palimpsest.entry.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryCreatedEvent;
import org.palimpsest.entry.api.ImportKey;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.system.axon.AxonObjectMapper;

/** Events stored before {@code importKey} existed are read with the key their import would have been given. */
class EntryCreatedEventUpcasterTest {

    private static final String OLD_IMPORT = """
            {"entryId":"stalin-and-mao","content":{"title":"Stalin and Mao","timeline":"Korean War",
             "date":{"year":1950,"month":4,"day":1,"precision":"DAY","circa":false,"end":null,"display":"1950 Apr 1"},
             "location":null,"image":null,"body":"Text.","sources":[]},"kind":"IMPORT","author":"importer",
             "at":"2026-11-20T10:00:00Z","summary":"Imported from a HistoryMaps page","size":40,
             "sourceUpdated":"2023-01-02"}""";

    private static final String OLD_CREATE =
            OLD_IMPORT.replace("\"IMPORT\"", "\"CREATE\"").replace("\"2023-01-02\"", "null");

    private final JacksonSerializer serializer =
            JacksonSerializer.builder().objectMapper(AxonObjectMapper.create()).build();

    private EntryCreatedEvent read(String storedPayload) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "Entry",
                "stalin-and-mao",
                0,
                "event-1",
                Instant.parse("2026-11-20T10:00:00Z"),
                EntryCreatedEvent.class.getName(),
                null,
                storedPayload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<? extends DomainEventMessage<?>> events = EventStreamUtils.upcastAndDeserializeDomainEvents(
                        Stream.of(stored), serializer, new EventUpcasterChain(new EntryCreatedEventUpcaster()))
                .asStream()
                .toList();
        assertThat(events).hasSize(1);
        return (EntryCreatedEvent) events.get(0).getPayload();
    }

    @Test
    void anImportStoredInTheFirstShapeGetsTheKeyOfItsPage() {
        EntryCreatedEvent event = read(OLD_IMPORT);

        assertThat(event.kind()).isEqualTo(RevisionKind.IMPORT);
        assertThat(event.content().title()).isEqualTo("Stalin and Mao");
        assertThat(event.importKey())
                .isEqualTo(
                        ImportKey.of(new EntryContent("Stalin and Mao", "Korean War", null, null, null, null, null)));
    }

    @Test
    void anEntryCreatedByHandInTheFirstShapeGetsNoKey() {
        EntryCreatedEvent event = read(OLD_CREATE);

        assertThat(event.kind()).isEqualTo(RevisionKind.CREATE);
        assertThat(event.importKey()).isNull();
        assertThat(event.sourceUpdated()).isNull();
    }
}
