package org.palimpsest.system.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.store.EmbeddedMongoServer;

/**
 * An aggregate's events are fetched one batch at a time, so that reading a few events of the middle of a long stream
 * does not read the rest of it, while a whole stream still comes back whole and in order.
 */
class AppendOrderStorageStrategyTest {

    private static final String ID = "long-entry";
    private static final int EVENTS = 250;
    private static final int BATCH = 100;

    @TempDir
    Path directory;

    private EmbeddedMongoServer server;
    private MongoClient client;
    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final AppendOrderStorageStrategy strategy =
            new AppendOrderStorageStrategy(Duration.ofMillis(10), Clock.systemUTC());

    @BeforeEach
    void start() {
        server = EmbeddedMongoServer.start(directory.resolve("events.mv"), "127.0.0.1", 0, Set.of());
        client = MongoClients.create(server.connectionString());
        List<DomainEventMessage<?>> events = IntStream.range(0, EVENTS)
                .<DomainEventMessage<?>>mapToObj(
                        sequence -> new GenericDomainEventMessage<>("Entry", ID, sequence, "event " + sequence))
                .toList();
        strategy.appendEvents(eventCollection(), events, serializer);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aFetchFromTheMiddleOfAStreamReadsOneBatch() {
        List<? extends DomainEventData<?>> fetched = strategy.findDomainEvents(eventCollection(), ID, 120, BATCH);

        assertThat(fetched)
                .extracting(DomainEventData::getSequenceNumber)
                .containsExactlyElementsOf(sequences(120, 220));
    }

    @Test
    void theLastFetchOfAStreamEndsWithIt() {
        List<? extends DomainEventData<?>> fetched = strategy.findDomainEvents(eventCollection(), ID, 200, BATCH);

        assertThat(fetched)
                .extracting(DomainEventData::getSequenceNumber)
                .containsExactlyElementsOf(sequences(200, 250));
    }

    @Test
    void aStreamReadThroughTheEngineStillComesBackWholeAndInOrder() {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(client, "palimpsest")
                        .build())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .storageStrategy(strategy)
                .batchSize(BATCH)
                .build();

        assertThat(sequencesOf(engine.readEvents(ID, 0))).containsExactlyElementsOf(sequences(0, EVENTS));
        assertThat(sequencesOf(engine.readEvents(ID, 130))).containsExactlyElementsOf(sequences(130, EVENTS));
        assertThat(engine.readEvents(ID, 130).next().getPayload()).isEqualTo("event 130");
    }

    private MongoCollection<Document> eventCollection() {
        return client.getDatabase("palimpsest").getCollection("domainevents");
    }

    private static List<Long> sequences(int from, int to) {
        return IntStream.range(from, to).mapToObj(Long::valueOf).toList();
    }

    private static List<Long> sequencesOf(DomainEventStream stream) {
        List<Long> sequences = new ArrayList<>();
        stream.forEachRemaining(event -> sequences.add(event.getSequenceNumber()));
        return sequences;
    }
}
