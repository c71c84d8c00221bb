package org.palimpsest.system.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.AppPerClass;

/**
 * In a batch, an entry's document is read for every entry of the batch at the first read of its collection: what
 * the store held then is what the batch sees, its own pending writes over it; an entry the batch's events are not
 * about is read on its own.
 */
class ProjectionWritesPrefetchTest extends AppPerClass {

    private MongoCollection<Document> collection;
    private ProjectionWrites writes;

    @BeforeEach
    void emptyCollection() {
        collection = app.bean(MongoDatabase.class).getCollection("prefetch_test");
        collection.drop();
        writes = app.bean(ProjectionWrites.class);
    }

    @Test
    void theFirstReadOfACollectionFetchesEveryEntryOfTheBatchAtOnce() throws Exception {
        collection.insertOne(new Document("_id", "a#now").append("value", "a stored"));
        Document[] seen = new Document[5];
        batchAbout(List.of("a", "b", "c")).executeWithResult(() -> {
            seen[0] = writes.findOfEntry(collection, "a", id -> id + "#now");
            // written behind the batch's back after its first read: the batch has already read b and c
            collection.insertOne(new Document("_id", "b#now").append("value", "b stored late"));
            collection.insertOne(new Document("_id", "z#now").append("value", "z stored late"));
            seen[1] = writes.findOfEntry(collection, "b", id -> id + "#now");
            writes.replace(collection, "c#now", new Document("_id", "c#now").append("value", "c pending"));
            seen[2] = writes.findOfEntry(collection, "c", id -> id + "#now");
            seen[3] = writes.findOfEntry(collection, "z", id -> id + "#now");
            seen[4] = writes.find(collection, "a#now");
            writes.flush(CurrentUnitOfWork.get());
            return null;
        });
        assertThat(seen[0].getString("value")).isEqualTo("a stored");
        assertThat(seen[1]).as("b, read with a before it was stored").isNull();
        assertThat(seen[2].getString("value")).isEqualTo("c pending");
        assertThat(seen[3].getString("value"))
                .as("z, not in the batch, read on its own")
                .isEqualTo("z stored late");
        assertThat(seen[4].getString("value")).isEqualTo("a stored");
        assertThat(collection.find(new Document("_id", "c#now")).first().getString("value"))
                .isEqualTo("c pending");
    }

    @Test
    void severalDocumentsAreReadTogetherAsTheBatchHasLeftThem() throws Exception {
        collection.insertOne(new Document("_id", "a#1").append("value", "a1 stored"));
        collection.insertOne(new Document("_id", "a#2").append("value", "a2 stored"));
        collection.insertOne(new Document("_id", "x#1").append("value", "x1 stored"));
        @SuppressWarnings("unchecked")
        Map<Object, Document>[] seen = new Map[1];
        batchAbout(List.of("b")).executeWithResult(() -> {
            writes.findOfEntry(collection, "b", id -> id + "#1"); // the batch knows b#1: not stored
            collection.insertOne(new Document("_id", "b#1").append("value", "b1 stored late"));
            writes.replace(collection, "a#2", new Document("_id", "a#2").append("value", "a2 pending"));
            seen[0] = writes.findAll(collection, List.of("a#1", "a#2", "a#3", "b#1", "x#1"));
            writes.flush(CurrentUnitOfWork.get());
            return null;
        });
        assertThat(seen[0]).containsOnlyKeys("a#1", "a#2", "x#1");
        assertThat(seen[0].get("a#1").getString("value")).isEqualTo("a1 stored");
        assertThat(seen[0].get("a#2").getString("value")).isEqualTo("a2 pending");
        assertThat(seen[0].get("x#1").getString("value")).isEqualTo("x1 stored");
        assertThat(writes.findAll(collection, List.of("a#2", "b#1")))
                .as("outside a batch, from the store")
                .containsOnlyKeys("a#2", "b#1");
    }

    /** Read models' writes may run side by side; what waits for the writes runs once all of them are stored. */
    @Test
    void whatWaitsForABatchRunsOnceEveryCollectionOfItIsStored() throws Exception {
        MongoDatabase database = app.bean(MongoDatabase.class);
        List<MongoCollection<Document>> collections = List.of(
                collection,
                database.getCollection("prefetch_test_other"),
                collection,
                database.getCollection("prefetch_test_third"));
        collections.forEach(MongoCollection::drop);
        long[] seenAfterWrite = new long[1];
        // enough events for the read models' writes to run side by side
        batchAbout(List.of("a", "b", "c", "d")).executeWithResult(() -> {
            for (int i = 0; i < collections.size(); i++) {
                writes.replace(collections.get(i), "doc" + i, new Document("_id", "doc" + i));
            }
            writes.afterWrite(() -> seenAfterWrite[0] = collections.stream()
                    .distinct()
                    .mapToLong(MongoCollection::countDocuments)
                    .sum());
            assertThat(collections.get(1).countDocuments())
                    .as("held back until the batch ends")
                    .isZero();
            writes.flush(CurrentUnitOfWork.get());
            return null;
        });
        assertThat(seenAfterWrite[0]).isEqualTo(4);
    }

    @Test
    void outsideABatchEveryReadGoesToTheStore() {
        collection.insertOne(new Document("_id", "a#now").append("value", "a stored"));
        assertThat(writes.findOfEntry(collection, "a", id -> id + "#now").getString("value"))
                .isEqualTo("a stored");
        assertThat(writes.findOfEntry(collection, "b", id -> id + "#now")).isNull();
    }

    private static BatchingUnitOfWork<EventMessage<?>> batchAbout(List<String> entries) {
        List<EventMessage<?>> events = entries.stream()
                .<EventMessage<?>>map(id -> new GenericDomainEventMessage<>("Entry", id, 1, "payload of " + id))
                .toList();
        return new BatchingUnitOfWork<>(events);
    }
}
