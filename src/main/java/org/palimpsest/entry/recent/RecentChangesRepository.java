package org.palimpsest.entry.recent;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.palimpsest.system.mongo.DocumentMapper;
import org.palimpsest.system.projection.ProjectionWrites;
import org.springframework.stereotype.Repository;

/**
 * "recent_changes" holds each change under its number ({@code _id}), with {@code at} in epoch milliseconds for
 * filtering by time; "recent_change_entries" what the projection knows of each entry; "recent_change_numbers" the
 * last number given, so that numbering goes on across restarts.
 */
@Repository
class RecentChangesRepository {

    private static final String LAST = "last";

    private final MongoDatabase database;
    private final DocumentMapper mapper;
    private final ProjectionWrites writes;

    RecentChangesRepository(MongoDatabase database, DocumentMapper mapper, ProjectionWrites writes) {
        this.database = database;
        this.mapper = mapper;
        this.writes = writes;
    }

    /** The entry as the projection last saw it: revision, title, timeline, size; null if unknown. */
    Document entry(String entryId) {
        return writes.findOfEntry(entries(), entryId, id -> id);
    }

    void saveEntry(String entryId, long revision, String title, String timeline, int size) {
        writes.replace(
                entries(),
                entryId,
                new Document("_id", entryId)
                        .append("revision", revision)
                        .append("title", title)
                        .append("timeline", timeline)
                        .append("size", size));
    }

    /** The number of the last change given, counting changes held in the current batch. */
    long lastNumber() {
        Document last = writes.find(numbers(), LAST);
        return last == null ? 0 : last.get("value", Number.class).longValue();
    }

    void save(RecentChange change) {
        Document document = mapper.toDocument(change)
                .append("_id", change.id())
                .append("at", change.timestamp().toEpochMilli());
        writes.replace(changes(), change.id(), document);
        writes.replace(numbers(), LAST, new Document("_id", LAST).append("value", change.id()));
    }

    /** The last number as stored (not counting a batch in progress): what the stream can resume after. */
    long storedLastNumber() {
        Document last = numbers().find(Filters.eq("_id", LAST)).first();
        return last == null ? 0 : last.get("value", Number.class).longValue();
    }

    long revisionHeld(String entryId) {
        Document entry = entries().find(Filters.eq("_id", entryId)).first();
        return entry == null ? 0 : entry.get("revision", Number.class).longValue();
    }

    List<RecentChange> newestFirst(RecentChangeFilter filter, int page, int size) {
        List<RecentChange> found = new ArrayList<>();
        changes()
                .find(where(filter))
                .sort(Sorts.descending("_id"))
                .skip(page * size)
                .limit(size)
                .forEach(document -> found.add(changeOf(document)));
        return found;
    }

    long count(RecentChangeFilter filter) {
        return filter.isAll() ? storedLastNumber() : changes().countDocuments(where(filter));
    }

    /** Changes numbered above {@code afterId}, oldest first, at most {@code limit}. */
    List<RecentChange> after(long afterId, int limit) {
        List<RecentChange> found = new ArrayList<>();
        changes()
                .find(Filters.gt("_id", afterId))
                .sort(Sorts.ascending("_id"))
                .limit(limit)
                .forEach(document -> found.add(changeOf(document)));
        return found;
    }

    private static Bson where(RecentChangeFilter filter) {
        List<Bson> conditions = new ArrayList<>();
        if (filter.user() != null) {
            conditions.add(Filters.eq("user", filter.user()));
        }
        if (filter.timeline() != null) {
            conditions.add(Filters.eq("timeline", filter.timeline()));
        }
        if (filter.kind() != null) {
            conditions.add(Filters.eq("kind", filter.kind().name()));
        }
        if (filter.minor() != null) {
            conditions.add(Filters.eq("minor", filter.minor()));
        }
        if (filter.afterId() != null) {
            conditions.add(Filters.gt("_id", filter.afterId()));
        }
        if (filter.since() != null) {
            conditions.add(Filters.gte("at", filter.since().toEpochMilli()));
        }
        return conditions.isEmpty() ? new Document() : Filters.and(conditions);
    }

    private RecentChange changeOf(Document document) {
        Document view = new Document(document);
        view.remove("_id");
        view.remove("at");
        return mapper.fromDocument(view, RecentChange.class);
    }

    void deleteAll() {
        changes().drop();
        entries().drop();
        numbers().drop();
    }

    void ensureIndexes() {
        changes().createIndex(Indexes.ascending("user"));
        changes().createIndex(Indexes.ascending("timeline"));
    }

    private MongoCollection<Document> changes() {
        return database.getCollection(RecentChangesReadModel.CHANGES);
    }

    private MongoCollection<Document> entries() {
        return database.getCollection(RecentChangesReadModel.ENTRIES);
    }

    private MongoCollection<Document> numbers() {
        return database.getCollection(RecentChangesReadModel.NUMBERS);
    }
}
