package org.palimpsest.system.projection;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * A projection's writes while a tracking processor hands it a batch of events: held back, and stored with one
 * ordered bulk write per collection once the batch's last event has been handled ({@link BatchWritesInterceptor}),
 * which is before the processor stores its token. A read model's collections are written one after the other, in
 * the order the batch first wrote them; different read models' at the same time in a batch of
 * {@link #SIDE_BY_SIDE_FROM_EVENTS} events or more (each bulk mostly waits for the store, behind its commits). A
 * read of a document written earlier in the same batch sees the pending version. What must wait for the writes (a
 * push to editors, say) goes to {@link #afterWrite}. Outside a batch (no tracking processor running the handler) everything happens at once.
 * <p>
 * One event used to cost each projection a round trip per write; a batch of n events now costs one per
 * collection. The same goes for reads of an entry's own document ({@link #findOfEntry}): the first one of a collection
 * in a batch reads the documents of every entry the batch's events are about, in one query.
 */
@Component
public class ProjectionWrites {

    private static final String RESOURCE = ProjectionWrites.class.getName();

    /**
     * Batches of fewer events are written on the processor's thread alone: handing a small batch's writes to other
     * threads cost a single client's revise more (it shares the cores with them) than the lag it saved.
     */
    static final int SIDE_BY_SIDE_FROM_EVENTS = 4;

    /** Which read model owns a collection: each read model's writes keep their order, different ones run at once. */
    private final Map<String, String> ownerOfCollection = new HashMap<>();

    /** Writes the read models' bulks side by side: each waits mostly for the store, not for a core. */
    private final ExecutorService writers;

    ProjectionWrites(List<ReadModel> readModels) {
        for (ReadModel model : readModels) {
            model.collections().forEach(collection -> ownerOfCollection.put(collection, model.name()));
        }
        AtomicInteger threads = new AtomicInteger();
        writers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "projection-writes-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stopWriters() {
        writers.shutdownNow();
    }

    /** The document with this {@code _id}, as the current batch has left it. */
    public Document find(MongoCollection<Document> collection, Object id) {
        return findAll(collection, List.of(id)).get(id);
    }

    /**
     * The documents with these {@code _id}s, as the current batch has left them, by id (absent where there is none):
     * what the batch wrote or read before, and the rest with one query.
     */
    public Map<Object, Document> findAll(MongoCollection<Document> collection, Collection<?> ids) {
        Map<Object, Document> found = new HashMap<>();
        List<Object> unknown = new ArrayList<>();
        Batch batch = currentBatch(false);
        Map<Object, Document> stored = batch == null ? null : batch.stored.get(collection.getNamespace());
        for (Object id : ids) {
            Document pending = batch == null ? null : batch.pending(collection, id);
            if (pending != null) {
                found.put(id, pending);
            } else if (stored != null && stored.containsKey(id)) {
                if (stored.get(id) != null) {
                    found.put(id, stored.get(id));
                }
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            collection.find(Filters.in("_id", unknown)).forEach(document -> found.put(document.get("_id"), document));
        }
        return found;
    }

    /**
     * The document of an entry, whose {@code _id} is {@code key} of the entry's id, as the current batch has left
     * it. In a batch, the first such read of a collection fetches with one query that collection's documents of every
     * entry the batch's events are about (the aggregates of its domain events); later reads find them in memory.
     */
    public Document findOfEntry(MongoCollection<Document> collection, String entryId, Function<String, ?> key) {
        BatchingUnitOfWork<?> root = batchingRoot();
        if (root == null) {
            return collection.find(Filters.eq("_id", key.apply(entryId))).first();
        }
        Batch batch = root.getOrComputeResource(RESOURCE, name -> new Batch());
        batch.stored.computeIfAbsent(collection.getNamespace(), namespace -> storedOf(collection, root, key));
        return find(collection, key.apply(entryId));
    }

    private static Map<Object, Document> storedOf(
            MongoCollection<Document> collection, BatchingUnitOfWork<?> batch, Function<String, ?> key) {
        Set<Object> ids = new LinkedHashSet<>();
        for (Object message : batch.getMessages()) {
            if (message instanceof DomainEventMessage<?> event) {
                ids.add(key.apply(event.getAggregateIdentifier()));
            }
        }
        Map<Object, Document> stored = new HashMap<>();
        ids.forEach(id -> stored.put(id, null));
        collection.find(Filters.in("_id", ids)).forEach(document -> stored.put(document.get("_id"), document));
        return stored;
    }

    /** Replaces (or inserts) the document with this {@code _id}, at the end of the batch. */
    public void replace(MongoCollection<Document> collection, Object id, Document document) {
        Batch batch = currentBatch(true);
        if (batch == null) {
            collection.replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
        } else {
            batch.replace(collection, id, document);
        }
    }

    /** Runs once the batch's writes are stored: at once outside a batch. */
    public void afterWrite(Runnable action) {
        Batch batch = currentBatch(true);
        if (batch == null) {
            action.run();
        } else {
            batch.afterWrite.add(action);
        }
    }

    /** Stores what the unit of work's batch holds, then runs what waited for it. */
    void flush(UnitOfWork<?> unitOfWork) {
        Batch batch = unitOfWork.root().getResource(RESOURCE);
        if (batch != null) {
            unitOfWork.root().resources().remove(RESOURCE);
            boolean large = unitOfWork.root() instanceof BatchingUnitOfWork<?> events
                    && events.getMessages().size() >= SIDE_BY_SIDE_FROM_EVENTS;
            batch.write(this::ownerOf, large ? writers : null);
        }
    }

    private String ownerOf(MongoNamespace namespace) {
        return ownerOfCollection.getOrDefault(namespace.getCollectionName(), namespace.getFullName());
    }

    private static Batch currentBatch(boolean create) {
        BatchingUnitOfWork<?> root = batchingRoot();
        if (root == null) {
            return null;
        }
        return create ? root.getOrComputeResource(RESOURCE, key -> new Batch()) : root.getResource(RESOURCE);
    }

    private static BatchingUnitOfWork<?> batchingRoot() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        return CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> root ? root : null;
    }

    private static final class Batch {

        /** In the order collections were first written: a projection that writes A before B keeps that order. */
        private final Map<MongoNamespace, Pending> pending = new LinkedHashMap<>();

        private final List<Runnable> afterWrite = new ArrayList<>();

        /** What the store held before the batch, of the entries its events are about; null where it held nothing. */
        private final Map<MongoNamespace, Map<Object, Document>> stored = new HashMap<>();

        Document pending(MongoCollection<Document> collection, Object id) {
            Pending writes = pending.get(collection.getNamespace());
            return writes == null ? null : writes.documents.get(id);
        }

        void replace(MongoCollection<Document> collection, Object id, Document document) {
            pending.computeIfAbsent(collection.getNamespace(), namespace -> new Pending(collection))
                    .documents
                    .put(id, document);
        }

        /**
         * One ordered bulk write per collection; a read model's collections one after the other, in the order the
         * batch first wrote them (a reader of the second may count on the first), different read models at once
         * on {@code writers}, or all in that order when it is null.
         */
        void write(Function<MongoNamespace, String> ownerOf, ExecutorService writers) {
            Map<String, List<Pending>> byOwner = new LinkedHashMap<>();
            pending.forEach(
                    (namespace, writes) -> byOwner.computeIfAbsent(ownerOf.apply(namespace), owner -> new ArrayList<>())
                            .add(writes));
            List<List<Pending>> owners = new ArrayList<>(byOwner.values());
            if (writers == null || owners.size() < 2) {
                owners.forEach(ofOne -> ofOne.forEach(Pending::write));
            } else {
                List<Future<?>> written = new ArrayList<>();
                for (List<Pending> ofOne : owners.subList(1, owners.size())) {
                    written.add(writers.submit(() -> ofOne.forEach(Pending::write)));
                }
                owners.get(0).forEach(Pending::write);
                awaitAll(written);
            }
            afterWrite.forEach(Runnable::run);
        }

        private static void awaitAll(List<Future<?>> written) {
            RuntimeException failure = null;
            for (Future<?> write : written) {
                try {
                    write.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while a batch's read models were written", e);
                } catch (ExecutionException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException runtime
                            ? runtime
                            : new IllegalStateException(e.getCause());
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    private record Pending(MongoCollection<Document> collection, Map<Object, Document> documents) {

        Pending(MongoCollection<Document> collection) {
            this(collection, new LinkedHashMap<>());
        }

        void write() {
            List<WriteModel<Document>> replacements = new ArrayList<>();
            documents.forEach((id, document) -> replacements.add(
                    new ReplaceOneModel<>(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true))));
            collection.bulkWrite(replacements, new BulkWriteOptions().ordered(true));
        }
    }
}
