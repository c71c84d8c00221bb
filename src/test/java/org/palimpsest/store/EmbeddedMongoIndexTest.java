package org.palimpsest.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.nin;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Sorts.orderBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the embedded store promises: its indexes are really read, and they outlive a restart. */
class EmbeddedMongoIndexTest {

    private static final String DATABASE = "palimpsest";

    @TempDir
    Path directory;

    private EmbeddedMongoServer server;
    private MongoClient client;

    @BeforeEach
    void start() {
        startOver(directory.resolve("store.mv"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void eventsOfOneAggregateAreReadFromTheIndexWithoutTouchingOtherDocuments() {
        MongoCollection<Document> events = eventsCollection();
        insertEvents(events, 50, 20);

        List<Document> found = readThroughIndex(
                events,
                15,
                () -> events.find(and(eq("aggregateIdentifier", "aggregate-7"), gte("sequenceNumber", 5L)))
                        .sort(ascending("sequenceNumber"))
                        .into(new ArrayList<>()));

        assertThat(found).extracting(event -> event.get("sequenceNumber")).containsExactlyElementsOf(range(5, 20));
    }

    @Test
    void aSortedQueryWithALimitReadsOnlyTheDocumentsItReturns() {
        MongoCollection<Document> events = eventsCollection();
        insertEvents(events, 50, 20);

        Document latest = readThroughIndex(
                events,
                1,
                () -> events.find(eq("aggregateIdentifier", "aggregate-9"))
                        .sort(descending("sequenceNumber"))
                        .first());
        Document oldest = readThroughIndex(
                events,
                1,
                () -> events.find()
                        .sort(orderBy(ascending("timestamp"), ascending("sequenceNumber")))
                        .first());

        assertThat(latest).extracting(event -> event.get("sequenceNumber")).isEqualTo(19L);
        assertThat(oldest).extracting(event -> event.get("_id")).isEqualTo("event-0-0");
    }

    @Test
    void trackingReadsOnlyEventsFromItsTimestampOnwards() {
        MongoCollection<Document> events = eventsCollection();
        insertEvents(events, 50, 20);
        String since = Instant.ofEpochSecond(1_700_000_000L + 18 * 3).toString();

        List<Document> found = readThroughIndex(
                events,
                100,
                () -> events.find(and(gte("timestamp", since), nin("eventIdentifier", List.of("event-0-18"))))
                        .sort(orderBy(ascending("timestamp"), ascending("sequenceNumber")))
                        .into(new ArrayList<>()));

        assertThat(found).hasSize(99);
    }

    @Test
    void aTimelineQueryReadsOnlyThatTimelinesEntries() {
        MongoCollection<Document> entries = database().getCollection("entries");
        entries.createIndex(Indexes.ascending("timeline", "sortKey", "title"));
        for (int i = 0; i < 300; i++) {
            entries.insertOne(new Document("_id", i)
                    .append("timeline", "t" + i % 10)
                    .append("sortKey", -i)
                    .append("title", "e" + i));
        }

        List<Document> found = readThroughIndex(
                entries,
                30,
                () -> entries.find(eq("timeline", "t3"))
                        .sort(orderBy(ascending("sortKey"), ascending("title")))
                        .into(new ArrayList<>()));

        assertThat(found).extracting(entry -> entry.get("_id")).first().isEqualTo(293);
    }

    @Test
    void anIndexCreatedOnACollectionThatHoldsDocumentsCoversThem() {
        MongoCollection<Document> revisions = database().getCollection("revisions");
        for (int i = 0; i < 200; i++) {
            revisions.insertOne(
                    new Document("_id", i).append("entryId", "entry-" + i % 4).append("revision", i / 4));
        }
        revisions.createIndex(Indexes.ascending("entryId", "revision"));

        List<Document> found = readThroughIndex(
                revisions,
                10,
                () -> revisions
                        .find(eq("entryId", "entry-1"))
                        .sort(descending("revision"))
                        .skip(5)
                        .limit(5)
                        .into(new ArrayList<>()));

        assertThat(found).extracting(revision -> revision.get("revision")).containsExactly(44, 43, 42, 41, 40);
    }

    @Test
    void indexesSurviveARestartWithTheirContents() {
        MongoCollection<Document> events = eventsCollection();
        insertEvents(events, 20, 10);
        events.updateMany(eq("aggregateIdentifier", "aggregate-3"), Updates.set("aggregateIdentifier", "aggregate-33"));
        events.deleteMany(and(eq("aggregateIdentifier", "aggregate-4"), lt("sequenceNumber", 5L)));

        Path file = directory.resolve("store.mv");
        stop();
        startOver(file);
        MongoCollection<Document> reopened = database().getCollection("events");

        assertThat(reopened.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                .contains("uniqueAggregateIndex", "orderedEventStreamIndex");
        assertThat(sequenceNumbersThroughIndex(reopened, eq("aggregateIdentifier", "aggregate-33"), 10))
                .isEqualTo(range(0, 10));
        assertThat(sequenceNumbersThroughIndex(reopened, eq("aggregateIdentifier", "aggregate-3"), 0))
                .isEmpty();
        assertThat(sequenceNumbersThroughIndex(reopened, eq("aggregateIdentifier", "aggregate-4"), 5))
                .isEqualTo(range(5, 10));
        reopened.insertOne(MongoIndexContract.event(4, 10));
        assertThat(sequenceNumbersThroughIndex(
                        reopened, and(eq("aggregateIdentifier", "aggregate-4"), gte("sequenceNumber", 9L)), 2))
                .isEqualTo(range(9, 11));
    }

    @Test
    void droppingACollectionDropsItsIndexes() {
        MongoCollection<Document> events = eventsCollection();
        insertEvents(events, 3, 3);

        events.drop();

        assertThat(server.backend().getMvStore().getMapNames())
                .noneMatch(name -> name.contains("events._ordered_index_"));
        MongoCollection<Document> recreated = database().getCollection("events");
        recreated.insertOne(MongoIndexContract.event(1, 1));
        assertThat(recreated.countDocuments(eq("aggregateIdentifier", "aggregate-1")))
                .isEqualTo(1);
    }

    private List<Object> sequenceNumbersThroughIndex(MongoCollection<Document> events, Bson filter, int expectedReads) {
        return readThroughIndex(
                events,
                expectedReads,
                () -> events.find(filter)
                        .sort(ascending("sequenceNumber"))
                        .map(event -> event.get("sequenceNumber"))
                        .into(new ArrayList<>()));
    }

    private <T> T readThroughIndex(MongoCollection<Document> queried, long expectedReads, Supplier<T> query) {
        IndexedCollection collection = (IndexedCollection) server.backend()
                .resolveDatabase(DATABASE)
                .resolveCollection(queried.getNamespace().getCollectionName(), true);
        long before = collection.documentsReadThroughIndexes();
        T result = query.get();
        assertThat(collection.documentsReadThroughIndexes() - before)
                .as("documents read through an index")
                .isEqualTo(expectedReads);
        return result;
    }

    private MongoCollection<Document> eventsCollection() {
        MongoCollection<Document> events = database().getCollection("events");
        events.createIndex(
                Indexes.ascending("aggregateIdentifier", "sequenceNumber"),
                new IndexOptions().unique(true).name("uniqueAggregateIndex"));
        events.createIndex(
                Indexes.ascending("timestamp", "sequenceNumber"), new IndexOptions().name("orderedEventStreamIndex"));
        return events;
    }

    private static void insertEvents(MongoCollection<Document> events, int aggregates, int eventsEach) {
        List<Document> batch = new ArrayList<>();
        for (int sequence = 0; sequence < eventsEach; sequence++) {
            for (int aggregate = 0; aggregate < aggregates; aggregate++) {
                batch.add(MongoIndexContract.event(aggregate, sequence));
            }
        }
        events.insertMany(batch);
    }

    private static List<Object> range(long from, long to) {
        List<Object> numbers = new ArrayList<>();
        for (long n = from; n < to; n++) {
            numbers.add(n);
        }
        return numbers;
    }

    private com.mongodb.client.MongoDatabase database() {
        return client.getDatabase(DATABASE);
    }

    private void startOver(Path file) {
        server = EmbeddedMongoServer.start(file, "127.0.0.1", 0);
        client = MongoClients.create(server.connectionString());
    }
}
