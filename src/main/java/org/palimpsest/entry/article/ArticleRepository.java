package org.palimpsest.entry.article;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.palimpsest.system.mongo.DocumentMapper;
import org.palimpsest.system.projection.ProjectionWrites;
import org.springframework.stereotype.Repository;

/** The "articles" collection: one document per entry, keyed by the entry id. */
@Repository
class ArticleRepository {

    private final MongoDatabase database;
    private final DocumentMapper mapper;
    private final ProjectionWrites writes;

    ArticleRepository(MongoDatabase database, DocumentMapper mapper, ProjectionWrites writes) {
        this.database = database;
        this.mapper = mapper;
        this.writes = writes;
    }

    /** In a projection's batch, the article as the batch has left it (see {@link ProjectionWrites}). */
    Optional<ArticleView> find(String id) {
        return Optional.ofNullable(writes.findOfEntry(collection(), id, entryId -> entryId))
                .map(found -> mapper.fromDocument(found, ArticleView.class));
    }

    List<ArticleView> page(int page, int size) {
        List<ArticleView> views = new ArrayList<>();
        collection()
                .find()
                .sort(Sorts.ascending("_id"))
                .skip(page * size)
                .limit(size)
                .forEach(document -> views.add(mapper.fromDocument(document, ArticleView.class)));
        return views;
    }

    /** The stored revision, read without the article itself. */
    long revision(String id) {
        Document found = collection()
                .find(Filters.eq("_id", id))
                .projection(Projections.include("revision"))
                .first();
        return found == null ? 0 : found.get("revision", Number.class).longValue();
    }

    long count() {
        return collection().estimatedDocumentCount();
    }

    void save(ArticleView view) {
        writes.replace(collection(), view.id(), mapper.toDocument(view).append("_id", view.id()));
    }

    void deleteAll() {
        collection().drop();
    }

    private MongoCollection<Document> collection() {
        return database.getCollection(ArticleReadModel.COLLECTION);
    }
}
