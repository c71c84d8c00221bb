package org.palimpsest.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that answers queries from its ordered indexes. The server itself offers an index only the
 * filter; planning here also sees the sort, so an index read in sort order can skip the in-memory sort, and a
 * limit then stops the read after the documents it needs.
 */
final class IndexedCollection extends H2Collection {

    private final AtomicLong documentsReadThroughIndexes = new AtomicLong();
    private final BsonDocumentType documentType;

    IndexedCollection(
            MongoDatabase database,
            String collectionName,
            CollectionOptions options,
            MVMap<Object, Document> dataMap,
            MVMap<String, Object> metaMap,
            CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.documentType = (BsonDocumentType) dataMap.getValueType();
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        documentType.stored(document);
        return super.addDocumentInternal(document);
    }

    /** {@code newDocument} is the stored document, which the server has just changed in place. */
    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        documentType.stored(newDocument);
        super.handleUpdate(position, oldDocument, newDocument);
    }

    @Override
    protected QueryResult queryDocuments(
            Document query, Document orderBy, int numberToSkip, int limit, int batchSize, Document fieldSelector) {
        Optional<IndexScan> scan =
                isNaturalOrder(orderBy) ? Optional.empty() : QueryPlanner.plan(getIndexes(), query, orderBy);
        if (scan.isEmpty()) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        // A document deleted after the index was read is simply no longer there.
        Stream<Document> documents = StreamSupport.stream(scan.get().positions().spliterator(), false)
                .map(this::getDocument)
                .filter(Objects::nonNull)
                .peek(document -> documentsReadThroughIndexes.incrementAndGet());
        Document remainingOrder = scan.get().providesOrder() ? null : orderBy;
        return matchDocumentsFromStream(
                documents, query, remainingOrder, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** How many documents queries have read by way of an index; tests use it to see that an index was used. */
    long documentsReadThroughIndexes() {
        return documentsReadThroughIndexes.get();
    }

    private static boolean isNaturalOrder(Document orderBy) {
        return orderBy != null && orderBy.containsKey("$natural");
    }
}
