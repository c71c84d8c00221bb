package org.palimpsest.entry.timeline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.system.mongo.DocumentMapper;
import org.palimpsest.system.projection.ProjectionWrites;
import org.springframework.stereotype.Repository;

/**
 * "timeline_places": one document per span of time an entry kept one place (timeline, title, date), so a timeline
 * as it stood at an instant is one indexed read, not a replay. The place an entry holds now is stored under
 * {@code <id>#now}; a place it left under {@code <id>#<revision that gave it>}. Times are also kept as nanoseconds
 * since the epoch ({@code sinceNanos}, {@code untilNanos}, the latter {@link Long#MAX_VALUE} while the place holds),
 * because the stored ISO strings do not compare in time order.
 */
@Repository
class TimelinePlaceRepository {

    private static final String NOW = "now";

    private final MongoDatabase database;
    private final DocumentMapper mapper;
    private final ProjectionWrites writes;

    TimelinePlaceRepository(MongoDatabase database, DocumentMapper mapper, ProjectionWrites writes) {
        this.database = database;
        this.mapper = mapper;
        this.writes = writes;
    }

    /** The entries on the timeline at that instant, in the order of {@link TimelineRepository#entries}. */
    List<TimelinePlace> asOf(String timeline, Instant instant) {
        long at = nanos(instant);
        List<TimelinePlace> places = new ArrayList<>();
        collection()
                .find(Filters.and(
                        Filters.eq("timeline", timeline), Filters.lte("sinceNanos", at), Filters.gt("untilNanos", at)))
                .sort(Sorts.ascending("sortKey", "title", "entryId"))
                .forEach(document -> places.add(placeOf(document)));
        return places;
    }

    Optional<TimelinePlace> current(String entryId) {
        return Optional.ofNullable(writes.findOfEntry(collection(), entryId, entry -> id(entry, NOW)))
                .map(this::placeOf);
    }

    /** Closes the place the entry holds now, if any, at the new place's start, and opens the new one. */
    void move(TimelinePlace next) {
        current(next.id()).ifPresent(left -> {
            TimelinePlace closed = new TimelinePlace(
                    left.id(),
                    left.timeline(),
                    left.title(),
                    left.date(),
                    left.sinceRevision(),
                    left.since(),
                    next.since());
            writes.replace(collection(), id(left.id(), left.sinceRevision()), documentOf(closed, left.sinceRevision()));
        });
        writes.replace(collection(), id(next.id(), NOW), documentOf(next, NOW));
    }

    void ensureIndexes() {
        collection().createIndex(Indexes.ascending("timeline", "sortKey", "title"));
    }

    void deleteAll() {
        collection().drop();
    }

    private Document documentOf(TimelinePlace place, Object key) {
        return new Document("_id", id(place.id(), key))
                .append("entryId", place.id())
                .append("timeline", place.timeline())
                .append("title", place.title())
                .append("date", mapper.toDocument(place.date()))
                .append("sortKey", place.date().sortKey())
                .append("sinceRevision", place.sinceRevision())
                .append("since", place.since().toString())
                .append("sinceNanos", nanos(place.since()))
                .append("until", place.until() == null ? null : place.until().toString())
                .append("untilNanos", place.until() == null ? Long.MAX_VALUE : nanos(place.until()));
    }

    private TimelinePlace placeOf(Document document) {
        String until = document.getString("until");
        return new TimelinePlace(
                document.getString("entryId"),
                document.getString("timeline"),
                document.getString("title"),
                mapper.fromDocument(document.get("date", Document.class), HistoricalDate.class),
                document.get("sinceRevision", Number.class).longValue(),
                Instant.parse(document.getString("since")),
                until == null ? null : Instant.parse(until));
    }

    /** Saturates far outside the years ±292, where no revision is made but an asked instant may lie. */
    static long nanos(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (ArithmeticException outside) {
            return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE - 1;
        }
    }

    private static String id(String entryId, Object key) {
        return entryId + '#' + key;
    }

    private MongoCollection<Document> collection() {
        return database.getCollection(TimelineReadModel.PLACES);
    }
}
