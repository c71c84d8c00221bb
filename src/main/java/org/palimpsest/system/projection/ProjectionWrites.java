package org.palimpsest.system.projection;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * A projection's writes while a tracking processor hands it a batch of events: held back, and stored with one
 * ordered bulk write per collection once the batch's last event has been handled ({@link BatchWritesInterceptor}),
 * which is before the processor stores its token. A read of a document written earlier in the same batch sees
 * the pending version. What must wait for the writes (a push to editors, say) goes to
 * {@link #afterWrite}. Outside a batch (no tracking processor running the handler) everything happens at once.
 * <p>
 * One event used to cost each projection a round trip per write; a batch of n events now costs one per
 * collection.
 */
@Component
public class ProjectionWrites {

    private static final String RESOURCE = ProjectionWrites.class.getName();

    /** The document with this {@code _id}, as the current batch has left it. */
    public Document find(MongoCollection<Document> collection, Object id) {
        Batch batch = currentBatch(false);
        if (batch != null) {
            Document pending = batch.pending(collection, id);
            if (pending != null) {
                return pending;
            }
        }
        return collection.find(Filters.eq("_id", id)).first();
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
            batch.write();
        }
    }

    private static Batch currentBatch(boolean create) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        if (!(root instanceof BatchingUnitOfWork<?>)) {
            return null;
        }
        return create ? root.getOrComputeResource(RESOURCE, key -> new Batch()) : root.getResource(RESOURCE);
    }

    private static final class Batch {

        /** In the order collections were first written: a projection that writes A before B keeps that order. */
        private final Map<MongoNamespace, Pending> pending = new LinkedHashMap<>();

        private final List<Runnable> afterWrite = new ArrayList<>();

        Document pending(MongoCollection<Document> collection, Object id) {
            Pending writes = pending.get(collection.getNamespace());
            return writes == null ? null : writes.documents.get(id);
        }

        void replace(MongoCollection<Document> collection, Object id, Document document) {
            pending.computeIfAbsent(collection.getNamespace(), namespace -> new Pending(collection))
                    .documents
                    .put(id, document);
        }

        void write() {
            for (Pending writes : pending.values()) {
                List<WriteModel<Document>> replacements = new ArrayList<>();
                writes.documents.forEach((id, document) -> replacements.add(
                        new ReplaceOneModel<>(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true))));
                writes.collection.bulkWrite(replacements, new BulkWriteOptions().ordered(true));
            }
            afterWrite.forEach(Runnable::run);
        }
    }

    private record Pending(MongoCollection<Document> collection, Map<Object, Document> documents) {

        Pending(MongoCollection<Document> collection) {
            this(collection, new LinkedHashMap<>());
        }
    }
}
