package org.palimpsest.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.nin;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Sorts.orderBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every store behind Palimpsest must share: a query gives the same documents, in the same order,
 * whether or not an index serves it. Each query runs on an indexed collection and on an unindexed copy.
 */
abstract class MongoIndexContract {

    private String suffix;
    private MongoCollection<Document> indexed;
    private MongoCollection<Document> plain;

    abstract MongoDatabase database();

    @BeforeEach
    void nameCollections() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    /** Unique indexes would reject each other's documents (all null), so each kind gets its own pair. */
    void useCollectionsFor(Kind kind) {
        indexed = database().getCollection(kind.name().toLowerCase() + "_indexed_" + suffix);
        plain = database().getCollection(kind.name().toLowerCase() + "_plain_" + suffix);
        kind.indexes.accept(indexed);
    }

    enum Kind {
        EVENTS(collection -> {
            collection.createIndex(
                    Indexes.ascending("aggregateIdentifier", "sequenceNumber"),
                    new IndexOptions().unique(true).name("uniqueAggregateIndex"));
            collection.createIndex(
                    Indexes.ascending("timestamp", "sequenceNumber"),
                    new IndexOptions().name("orderedEventStreamIndex"));
        }),
        TOKENS(collection ->
                collection.createIndex(Indexes.ascending("processorName", "segment"), new IndexOptions().unique(true))),
        READ_MODELS(collection -> {
            collection.createIndex(Indexes.ascending("entryId", "revision"));
            collection.createIndex(Indexes.ascending("timeline", "sortKey", "title"));
        }),
        VALUES(collection -> collection.createIndex(Indexes.ascending("value")));

        private final Consumer<MongoCollection<Document>> indexes;

        Kind(Consumer<MongoCollection<Document>> indexes) {
            this.indexes = indexes;
        }
    }

    MongoCollection<Document> indexedCollection() {
        return indexed;
    }

    @Test
    void eventsOfOneAggregateFromASequenceNumberComeInSequenceOrder() {
        useCollectionsFor(Kind.EVENTS);
        insertEvents(6, 40);
        for (long from : new long[] {0, 1, 17, 39, 40, 41}) {
            assertSameResults(
                    and(eq("aggregateIdentifier", "aggregate-3"), gte("sequenceNumber", from)),
                    ascending("sequenceNumber"));
        }
    }

    @Test
    void eventsOfOneAggregateBetweenTwoSequenceNumbersIncludeBothBoundaries() {
        useCollectionsFor(Kind.EVENTS);
        insertEvents(4, 30);
        assertSameResults(
                and(eq("aggregateIdentifier", "aggregate-2"), gte("sequenceNumber", 5L), lte("sequenceNumber", 12L)),
                ascending("sequenceNumber"));
        assertSameResults(
                and(eq("aggregateIdentifier", "aggregate-2"), gt("sequenceNumber", 5L), lt("sequenceNumber", 12L)),
                ascending("sequenceNumber"));
        assertSameResults(
                new Document("aggregateIdentifier", "aggregate-1")
                        .append("sequenceNumber", new Document("$gte", 29L).append("$lte", 29L)),
                ascending("sequenceNumber"));
        assertThat(indexed.find(and(
                                eq("aggregateIdentifier", "aggregate-2"),
                                gte("sequenceNumber", 5L),
                                lte("sequenceNumber", 12L)))
                        .into(new ArrayList<>()))
                .hasSize(8);
    }

    @Test
    void theLatestSnapshotOfAnAggregateIsTheFirstInDescendingSequenceOrder() {
        useCollectionsFor(Kind.EVENTS);
        insertEvents(5, 20);
        assertSameResults(eq("aggregateIdentifier", "aggregate-4"), orderBy(descending("sequenceNumber")), 0, 1);
        assertThat(indexed.find(eq("aggregateIdentifier", "aggregate-4"))
                        .sort(descending("sequenceNumber"))
                        .first())
                .extracting(document -> document.get("sequenceNumber"))
                .isEqualTo(19L);
        assertThat(indexed.find(eq("aggregateIdentifier", "nobody"))
                        .sort(descending("sequenceNumber"))
                        .first())
                .isNull();
    }

    @Test
    void trackingReadsEventsFromATimestampInTimestampThenSequenceOrderLeavingOutKnownEvents() {
        useCollectionsFor(Kind.EVENTS);
        insertEvents(5, 20);
        String since = Instant.ofEpochSecond(1_700_000_000L + 37).toString();
        assertSameResults(
                and(gte("timestamp", since), nin("eventIdentifier", List.of("event-2-8", "event-3-9"))),
                orderBy(ascending("timestamp"), ascending("sequenceNumber")));
        assertSameResults(new Document(), orderBy(ascending("timestamp"), ascending("sequenceNumber")), 0, 1);
    }

    @Test
    void aTokenIsFoundByProcessorNameAndSegment() {
        useCollectionsFor(Kind.TOKENS);
        for (String processor : List.of("projections", "search", "timeline")) {
            for (int segment = 0; segment < 4; segment++) {
                insertBoth(new Document("_id", processor + "-" + segment)
                        .append("processorName", processor)
                        .append("segment", segment)
                        .append("token", segment * 7));
            }
        }
        assertSameResults(and(eq("processorName", "search"), eq("segment", 2)), null);
        assertSameResults(eq("processorName", "timeline"), ascending("segment"));
        assertSameResults(and(eq("processorName", "search"), eq("segment", 9)), null);
    }

    @Test
    void revisionsOfAnEntryPageBackwardsFromTheLatest() {
        useCollectionsFor(Kind.READ_MODELS);
        insertRevisions(5, 30);
        for (int skip : new int[] {0, 10, 25, 30}) {
            assertSameResults(eq("entryId", "entry-2"), descending("revision"), skip, 10);
        }
        assertSameResults(and(eq("entryId", "entry-3"), gte("revision", 4), lte("revision", 9)), ascending("revision"));
        assertSameResults(
                and(eq("entryId", "entry-3"), gte("revision", 4), lte("revision", 9)), descending("revision"));
    }

    @Test
    void aTimelineListsItsEntriesBySortKeyThenTitle() {
        useCollectionsFor(Kind.READ_MODELS);
        List<String> titles = List.of("Zama", "Actium", "Cannae", "Hastings", "Tours", "Lepanto", "Marathon");
        for (int i = 0; i < 60; i++) {
            insertBoth(new Document("_id", "entry-" + i)
                    .append("timeline", "timeline-" + (i % 3))
                    .append("sortKey", -300 + (i * 37) % 50)
                    .append("title", titles.get(i % titles.size()) + " " + i));
        }
        assertSameResults(eq("timeline", "timeline-1"), orderBy(ascending("sortKey"), ascending("title")));
        assertSameResults(eq("timeline", "timeline-1"), orderBy(descending("sortKey"), descending("title")), 3, 5);
        assertSameResults(
                and(eq("timeline", "timeline-2"), gte("sortKey", -280), lt("sortKey", -260)),
                orderBy(ascending("sortKey"), ascending("title")));
    }

    @Test
    void anUpdateThatChangesIndexedFieldsMovesTheDocumentToItsNewKey() {
        useCollectionsFor(Kind.READ_MODELS);
        insertRevisions(3, 10);
        updateBoth(collection -> collection.updateMany(
                and(eq("entryId", "entry-1"), gte("revision", 5)),
                Updates.combine(Updates.set("entryId", "entry-2"), Updates.inc("revision", 100))));
        updateBoth(collection -> collection.updateOne(eq("_id", "entry-0-3"), Updates.unset("revision")));
        updateBoth(collection -> collection.replaceOne(
                eq("_id", "entry-0-4"), new Document("entryId", "entry-9").append("revision", 4)));
        for (String entry : List.of("entry-0", "entry-1", "entry-2", "entry-9")) {
            assertSameResults(eq("entryId", entry), ascending("revision"));
        }
        assertSameResults(and(eq("entryId", "entry-2"), gte("revision", 100)), ascending("revision"));
        assertThat(indexed.countDocuments(eq("entryId", "entry-1"))).isEqualTo(5);
    }

    @Test
    void deletedDocumentsAreNoLongerFound() {
        useCollectionsFor(Kind.EVENTS);
        insertEvents(3, 20);
        updateBoth(collection ->
                collection.deleteMany(and(eq("aggregateIdentifier", "aggregate-1"), lt("sequenceNumber", 15L))));
        updateBoth(collection -> collection.deleteOne(eq("_id", "event-2-7")));
        assertSameResults(
                and(eq("aggregateIdentifier", "aggregate-1"), gte("sequenceNumber", 0L)), ascending("sequenceNumber"));
        assertSameResults(eq("aggregateIdentifier", "aggregate-2"), ascending("sequenceNumber"));
        assertThat(indexed.countDocuments(eq("aggregateIdentifier", "aggregate-1")))
                .isEqualTo(5);
    }

    @Test
    void integerLongAndDoubleValuesCompareByValue() {
        useCollectionsFor(Kind.READ_MODELS);
        for (int i = 0; i < 30; i++) {
            Object revision = switch (i % 3) {
                case 0 -> i;
                case 1 -> (long) i;
                default -> i + 0.5;
            };
            insertBoth(new Document("_id", "mixed-" + i)
                    .append("entryId", "entry-mixed")
                    .append("revision", revision));
        }
        assertSameResults(
                and(eq("entryId", "entry-mixed"), gte("revision", 9L), lte("revision", 20)), ascending("revision"));
        assertSameResults(
                and(eq("entryId", "entry-mixed"), gt("revision", 9.5), lt("revision", 21L)), descending("revision"));
        assertSameResults(and(eq("entryId", "entry-mixed"), eq("revision", 12L)), null);
        assertThat(indexed.countDocuments(and(eq("entryId", "entry-mixed"), eq("revision", 12L))))
                .isEqualTo(1);
    }

    @Test
    void documentsMissingAnIndexedFieldAreStillFound() {
        useCollectionsFor(Kind.READ_MODELS);
        insertBoth(new Document("_id", "no-revision").append("entryId", "entry-x"));
        insertBoth(new Document("_id", "null-revision")
                .append("entryId", "entry-x")
                .append("revision", null));
        insertBoth(new Document("_id", "revised").append("entryId", "entry-x").append("revision", 3));
        insertBoth(new Document("_id", "no-entry").append("revision", 3));
        insertBoth(new Document("_id", "nothing-indexed").append("note", "plain"));
        assertSameResults(eq("entryId", "entry-x"), ascending("revision", "_id"));
        assertSameResults(and(eq("entryId", "entry-x"), eq("revision", null)), ascending("_id"));
        assertSameResults(eq("entryId", null), ascending("_id"));
        assertSameResults(and(eq("entryId", "entry-x"), gte("revision", 0)), ascending("_id"));
        assertSameResults(eq("note", "plain"), null);
        assertThat(indexed.countDocuments(eq("entryId", "entry-x"))).isEqualTo(3);
    }

    @Test
    void valuesOfDifferentTypesKeepMongoDbOrder() {
        useCollectionsFor(Kind.VALUES);
        List<Object> values = new ArrayList<>(List.of(
                "alpha",
                "beta",
                7,
                7.5,
                100L,
                true,
                false,
                new ObjectId("650000000000000000000001"),
                new ObjectId("650000000000000000000002"),
                Date.from(Instant.parse("2024-01-01T00:00:00Z")),
                Date.from(Instant.parse("2025-01-01T00:00:00Z"))));
        values.add(null);
        for (int i = 0; i < values.size(); i++) {
            insertBoth(new Document("_id", i).append("value", values.get(i)));
        }
        insertBoth(new Document("_id", 99));
        assertSameResults(gte("value", 7), ascending("value", "_id"));
        assertSameResults(lt("value", "b"), ascending("value", "_id"));
        assertSameResults(gt("value", new ObjectId("650000000000000000000001")), ascending("value", "_id"));
        assertSameResults(
                and(
                        gte("value", Date.from(Instant.parse("2024-06-01T00:00:00Z"))),
                        lte("value", Date.from(Instant.parse("2030-01-01T00:00:00Z")))),
                ascending("value"));
        assertSameResults(eq("value", false), null);
        assertSameResults(eq("value", null), ascending("_id"));
        assertSameResults(gte("value", "alpha"), descending("value"));
    }

    @Test
    void theUniqueAggregateIndexStillRejectsADuplicateSequenceNumber() {
        useCollectionsFor(Kind.EVENTS);
        insertEvents(2, 5);
        Document duplicate = event(1, 3);
        duplicate.put("_id", "another-id");
        assertThatThrownBy(() -> indexed.insertOne(duplicate))
                .isInstanceOfSatisfying(
                        MongoWriteException.class,
                        e -> assertThat(e.getError().getCode()).isEqualTo(11000));
        assertThatThrownBy(() -> indexed.updateOne(eq("_id", "event-1-4"), Updates.set("sequenceNumber", 3L)))
                .isInstanceOfSatisfying(
                        MongoWriteException.class,
                        e -> assertThat(e.getError().getCode()).isEqualTo(11000));
        assertThat(indexed.countDocuments(eq("aggregateIdentifier", "aggregate-1")))
                .isEqualTo(5);
    }

    void insertEvents(int aggregates, int eventsEach) {
        List<Document> events = new ArrayList<>();
        for (int sequence = 0; sequence < eventsEach; sequence++) {
            for (int aggregate = 0; aggregate < aggregates; aggregate++) {
                events.add(event(aggregate, sequence));
            }
        }
        indexed.insertMany(events);
        plain.insertMany(events.stream().map(Document::new).toList());
    }

    static Document event(int aggregate, long sequence) {
        long second = 1_700_000_000L + sequence * 3 + aggregate % 2;
        return new Document("_id", "event-" + aggregate + "-" + sequence)
                .append("aggregateIdentifier", "aggregate-" + aggregate)
                .append("sequenceNumber", sequence)
                .append("timestamp", Instant.ofEpochSecond(second).toString())
                .append("eventIdentifier", "event-" + aggregate + "-" + sequence)
                .append("payload", "<event/>");
    }

    private void insertRevisions(int entries, int revisionsEach) {
        for (int entry = 0; entry < entries; entry++) {
            for (int revision = 0; revision < revisionsEach; revision++) {
                insertBoth(new Document("_id", "entry-" + entry + "-" + revision)
                        .append("entryId", "entry-" + entry)
                        .append("revision", revision));
            }
        }
    }

    private void insertBoth(Document document) {
        indexed.insertOne(new Document(document));
        plain.insertOne(new Document(document));
    }

    private void updateBoth(Consumer<MongoCollection<Document>> update) {
        update.accept(indexed);
        update.accept(plain);
    }

    private void assertSameResults(Bson filter, Bson sort) {
        assertSameResults(filter, sort, 0, 0);
    }

    private void assertSameResults(Bson filter, Bson sort, int skip, int limit) {
        List<Document> expected = query(plain, filter, sort, skip, limit);
        List<Document> actual = query(indexed, filter, sort, skip, limit);
        assertThat(actual).as("documents for %s sorted by %s", filter, sort).isEqualTo(expected);
    }

    private static List<Document> query(
            MongoCollection<Document> collection, Bson filter, Bson sort, int skip, int limit) {
        FindIterable<Document> find = collection.find(filter).skip(skip).limit(limit);
        if (sort != null) {
            find = find.sort(sort);
        }
        List<Document> documents = find.into(new ArrayList<>());
        if (sort == null) {
            documents.sort(
                    (a, b) -> a.get("_id").toString().compareTo(b.get("_id").toString()));
        }
        return documents;
    }
}
