package org.palimpsest.system.axon;

import static org.axonframework.common.DateTimeUtils.formatInstant;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * Mongo tracking tokens find new events by timestamp, looking back only {@code lookBack}. An event is
 * stamped when it is applied but stored at commit; one stored later than the window after its stamp is
 * never seen by a tracking processor. So this app stamps events when it stores them, one append at a
 * time, with never-decreasing stamps: within one app, storage order and timestamp order agree and no
 * event can fall behind a token. Between several apps on one MongoDB, the window must cover their clock
 * skew plus one insert.
 * <p>
 * axon-mongo also fetches tracked events with a batch size but no limit, and a server that gathers the
 * whole result before its first batch (the embedded one does) then reads every event after the token on
 * each fetch: a replay of n events costs n²/batch reads. Here each fetch is limited to one batch. The same
 * goes for an aggregate's events: axon-mongo collects every event from the asked sequence number to the end
 * of the stream in one fetch, so reading a few events of the middle of a long history (what an undo folds)
 * read the whole rest of it. Limited to one batch, a fetch that comes back full is followed by the next one
 * (Axon's batching engine asks again until a batch comes back short), so a whole stream still reads whole.
 * <p>
 * The insert is acknowledged, inside the lock, once the store has it durably: on MongoDB by the collection's write
 * concern, on the embedded store once it is in the store's journal (a write of a few hundred bytes; the store commits
 * its pages in the background), so appends do not queue behind each other's commits.
 * <p>
 * Each event's {@code _id} is its aggregate and its zero-padded sequence number ({@code entry#00000000000000000042}):
 * a string, which the embedded store compares far more cheaply than an ObjectId, and one that keeps an
 * aggregate's events next to each other in the store's B-tree, so that loading an entry reads a few pages
 * instead of one page per event. The unique (aggregateIdentifier, sequenceNumber) index stays what refuses a
 * second event at one position.
 */
class AppendOrderStorageStrategy extends DocumentPerEventStorageStrategy {

    private final Clock clock;
    private final ReentrantLock appendLock = new ReentrantLock();
    private Instant lastStamp = Instant.EPOCH;

    AppendOrderStorageStrategy(Duration lookBack, Clock clock) {
        super(EventEntryConfiguration.getDefault(), lookBack);
        this.clock = clock;
    }

    @Override
    public List<? extends TrackedEventData<?>> findTrackedEvents(
            MongoCollection<Document> eventCollection, TrackingToken lastToken, int batchSize) {
        return super.findTrackedEvents(limitingFinds(eventCollection, batchSize), lastToken, batchSize);
    }

    @SuppressWarnings("unchecked")
    private static MongoCollection<Document> limitingFinds(MongoCollection<Document> collection, int limit) {
        return (MongoCollection<Document>) Proxy.newProxyInstance(
                MongoCollection.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(collection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return method.getName().equals("find") && result instanceof FindIterable<?> found
                            ? found.limit(limit)
                            : result;
                });
    }

    @Override
    public List<? extends DomainEventData<?>> findDomainEvents(
            MongoCollection<Document> eventCollection,
            String aggregateIdentifier,
            long firstSequenceNumber,
            int batchSize) {
        return super.findDomainEvents(
                limitingFinds(eventCollection, batchSize), aggregateIdentifier, firstSequenceNumber, batchSize);
    }

    private static String storageKey(Document event, EventEntryConfiguration fields) {
        // what String.format("%020d") gives, at a fraction of its cost (sequence numbers are never negative)
        String sequence = Long.toString(((Number) event.get(fields.sequenceNumberProperty())).longValue());
        return event.get(fields.aggregateIdentifierProperty()) + "#" + "0".repeat(20 - sequence.length()) + sequence;
    }

    @Override
    public void appendEvents(
            MongoCollection<Document> eventCollection, List<? extends EventMessage<?>> events, Serializer serializer) {
        EventEntryConfiguration fields = eventConfiguration();
        List<Document> documents = createEventDocuments(events, serializer)
                .map(document -> document.append("_id", storageKey(document, fields)))
                .collect(Collectors.toList());
        appendLock.lock();
        try {
            Instant now = clock.instant();
            lastStamp = now.isAfter(lastStamp) ? now : lastStamp;
            String stamp = formatInstant(lastStamp);
            documents.forEach(document -> document.append(fields.timestampProperty(), stamp));
            eventCollection.insertMany(documents);
        } finally {
            appendLock.unlock();
        }
    }
}
