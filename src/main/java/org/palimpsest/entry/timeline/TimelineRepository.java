package org.palimpsest.entry.timeline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.system.mongo.DocumentMapper;
import org.palimpsest.system.projection.ProjectionWrites;
import org.springframework.stereotype.Repository;

/**
 * "timeline_entries": one document per entry with its timeline, title, date and the date's sort keys,
 * so a timeline reads in historical order straight from an index on (timeline, sortKey, title).
 */
@Repository
class TimelineRepository {

    private final MongoDatabase database;
    private final DocumentMapper mapper;
    private final ProjectionWrites writes;

    TimelineRepository(MongoDatabase database, DocumentMapper mapper, ProjectionWrites writes) {
        this.database = database;
        this.mapper = mapper;
        this.writes = writes;
    }

    List<TimelineEntry> entries(String timeline) {
        List<TimelineEntry> entries = new ArrayList<>();
        collection()
                .find(Filters.eq("timeline", timeline))
                .sort(Sorts.ascending("sortKey", "title", "_id"))
                .forEach(document -> entries.add(entryOf(document)));
        return entries;
    }

    List<TimelineSummary> timelines() {
        Map<String, Span> spans = new TreeMap<>();
        collection()
                .find()
                .projection(Projections.include("timeline", "date"))
                .forEach(document -> spans.computeIfAbsent(document.getString("timeline"), name -> new Span())
                        .add(mapper.fromDocument(document.get("date", Document.class), HistoricalDate.class)));
        return spans.entrySet().stream()
                .map(span -> new TimelineSummary(
                        span.getKey(),
                        span.getValue().count,
                        span.getValue().first.display(),
                        span.getValue().lastDisplay()))
                .toList();
    }

    Optional<TimelineEntry> find(String id) {
        return Optional.ofNullable(writes.findOfEntry(collection(), id, entryId -> entryId))
                .map(this::entryOf);
    }

    void save(TimelineEntry entry) {
        Document document = new Document("_id", entry.id())
                .append("timeline", entry.timeline())
                .append("title", entry.title())
                .append("date", mapper.toDocument(entry.date()))
                .append("sortKey", entry.date().sortKey())
                .append("revision", entry.revision());
        writes.replace(collection(), entry.id(), document);
    }

    void ensureIndexes() {
        collection().createIndex(Indexes.ascending("timeline", "sortKey", "title"));
    }

    void deleteAll() {
        collection().drop();
    }

    private TimelineEntry entryOf(Document document) {
        return new TimelineEntry(
                document.getString("_id"),
                document.getString("timeline"),
                document.getString("title"),
                mapper.fromDocument(document.get("date", Document.class), HistoricalDate.class),
                document.get("revision", Number.class).longValue());
    }

    private MongoCollection<Document> collection() {
        return database.getCollection(TimelineReadModel.COLLECTION);
    }

    private static final class Span {
        private static final Comparator<HistoricalDate> BY_START = Comparator.comparingLong(HistoricalDate::sortKey);

        long count;
        HistoricalDate first;
        HistoricalDate last;

        void add(HistoricalDate date) {
            count++;
            HistoricalDate end = date.end() == null ? date : date.end();
            first = first == null || BY_START.compare(date, first) < 0 ? date : first;
            last = last == null || BY_START.compare(end, last) > 0 ? end : last;
        }

        String lastDisplay() {
            return last.display();
        }
    }
}
