package org.palimpsest.entry.history;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.palimpsest.entry.api.ContentFold;
import org.palimpsest.entry.api.EntryChanges;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.system.mongo.DocumentMapper;
import org.palimpsest.system.projection.ProjectionWrites;
import org.springframework.stereotype.Repository;

/**
 * "revisions" holds one document per revision: its summary and changes, plus the whole content every
 * {@link #CHECKPOINT_EVERY} revisions. Nothing else is rewritten per revision, so a one-word edit of a long entry
 * adds a small document here (the article is the one whole copy that changes).
 */
@Repository
class HistoryRepository {

    static final int CHECKPOINT_EVERY = 100;

    private final MongoDatabase database;
    private final DocumentMapper mapper;
    private final ProjectionWrites writes;

    HistoryRepository(MongoDatabase database, DocumentMapper mapper, ProjectionWrites writes) {
        this.database = database;
        this.mapper = mapper;
        this.writes = writes;
    }

    List<RevisionSummary> page(String entryId, int page, int size) {
        List<RevisionSummary> summaries = new ArrayList<>();
        revisions()
                .find(Filters.eq("entryId", entryId))
                .projection(Projections.include("summary"))
                .sort(Sorts.descending("revision"))
                .skip(page * size)
                .limit(size)
                .forEach(document -> summaries.add(summaryOf(document)));
        return summaries;
    }

    /** The revisions after {@code after}, oldest first. */
    List<RevisionSummary> since(String entryId, long after, int page, int size) {
        List<RevisionSummary> summaries = new ArrayList<>();
        revisions()
                .find(Filters.and(Filters.eq("entryId", entryId), Filters.gt("revision", after)))
                .projection(Projections.include("summary"))
                .sort(Sorts.ascending("revision"))
                .skip(page * size)
                .limit(size)
                .forEach(document -> summaries.add(summaryOf(document)));
        return summaries;
    }

    /**
     * The entries whose newest revision is by {@code author}, by id: of every entry the author revised, those where
     * the author's newest revision is the entry's newest.
     */
    List<String> entriesLastRevisedBy(String author) {
        Map<String, Long> newestByAuthor = new TreeMap<>();
        revisions()
                .find(Filters.eq("summary.author", author))
                .projection(Projections.include("entryId", "revision"))
                .forEach(document -> newestByAuthor.merge(
                        document.getString("entryId"),
                        document.get("revision", Number.class).longValue(),
                        Math::max));
        return newestByAuthor.entrySet().stream()
                .filter(entry -> count(entry.getKey()) == entry.getValue())
                .map(Map.Entry::getKey)
                .toList();
    }

    boolean hasRevisions(String author) {
        return revisions()
                        .find(Filters.eq("summary.author", author))
                        .projection(Projections.include("_id"))
                        .first()
                != null;
    }

    /**
     * Revisions are numbered 1..n without gaps, so the newest one tells how many there are. (Counting the
     * documents runs an aggregation that the embedded server answers by scanning the whole collection.)
     */
    long count(String entryId) {
        Document newest = revisions()
                .find(Filters.eq("entryId", entryId))
                .projection(Projections.include("revision"))
                .sort(Sorts.descending("revision"))
                .limit(1)
                .first();
        return newest == null ? 0 : newest.get("revision", Number.class).longValue();
    }

    Optional<RevisionSummary> summary(String entryId, long revision) {
        return Optional.ofNullable(revisions()
                        .find(Filters.eq("_id", id(entryId, revision)))
                        .projection(Projections.include("summary"))
                        .first())
                .map(this::summaryOf);
    }

    /**
     * The newest revision made at or before the instant, read newest first: the summaries keep their time as an ISO
     * string, which does not compare in time order in the store, so it costs one small document per revision since.
     * Only each one's number and time are read on the way; the summary of the one found is read last.
     */
    Optional<RevisionSummary> newestAtOrBefore(String entryId, Instant instant) {
        try (MongoCursor<Document> newestFirst = revisions()
                .find(Filters.eq("entryId", entryId))
                .projection(Projections.include("revision", "summary.timestamp"))
                .sort(Sorts.descending("revision"))
                .batchSize(256)
                .iterator()) {
            while (newestFirst.hasNext()) {
                Document document = newestFirst.next();
                if (!timestampOf(document).isAfter(instant)) {
                    return summary(
                            entryId, document.get("revision", Number.class).longValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The summary's time, as {@link DocumentMapper} writes an instant: an ISO string. */
    private static Instant timestampOf(Document document) {
        return Instant.parse(document.get("summary", Document.class).getString("timestamp"));
    }

    /**
     * Rebuilds a revision's content from {@code start} (a content known of an earlier revision since its checkpoint)
     * or, when that is null, from the nearest checkpoint at or before it.
     */
    Optional<EntryContent> contentAt(String entryId, long revision, RevisionContents.Known start) {
        ContentFold fold = start == null ? null : new ContentFold(start.content());
        long from = start == null ? checkpointAtOrBefore(revision) : start.revision() + 1;
        long reached = start == null ? 0 : start.revision();
        for (Document document : revisions()
                .find(Filters.and(
                        Filters.eq("entryId", entryId),
                        Filters.gte("revision", from),
                        Filters.lte("revision", revision)))
                .projection(Projections.include("revision", "content", "changes"))
                .sort(Sorts.ascending("revision"))) {
            fold = folded(fold, document);
            reached = document.get("revision", Number.class).longValue();
        }
        return reached == revision && fold != null ? Optional.of(fold.content()) : Optional.empty();
    }

    static long checkpointAtOrBefore(long revision) {
        return (revision - 1) / CHECKPOINT_EVERY * CHECKPOINT_EVERY + 1;
    }

    /**
     * A revision's content from the nearest checkpoint and the changes after it, read together, so that revisions
     * written earlier in the projection's current batch count ({@link ProjectionWrites#findAll}).
     */
    Optional<EntryContent> contentWhileProjecting(String entryId, long revision) {
        List<String> ids = new ArrayList<>();
        for (long at = checkpointAtOrBefore(revision); at <= revision; at++) {
            ids.add(id(entryId, at));
        }
        Map<Object, Document> documents = writes.findAll(revisions(), ids);
        ContentFold fold = null;
        for (String id : ids) {
            Document document = documents.get(id);
            if (document == null) {
                return Optional.empty();
            }
            fold = folded(fold, document);
        }
        return fold == null ? Optional.empty() : Optional.of(fold.content());
    }

    /** The fold taken one stored revision on: started again from its content, or given its changes. */
    private ContentFold folded(ContentFold fold, Document document) {
        Document stored = document.get("content", Document.class);
        if (stored != null) {
            return new ContentFold(mapper.fromDocument(stored, EntryContent.class));
        }
        return fold == null
                ? null
                : fold.apply(mapper.fromDocument(document.get("changes", Document.class), EntryChanges.class));
    }

    void save(String entryId, RevisionSummary summary, EntryChanges changes, EntryContent checkpoint) {
        Document document = new Document("_id", id(entryId, summary.revision()))
                .append("entryId", entryId)
                .append("revision", summary.revision())
                .append("summary", mapper.toDocument(summary));
        if (changes != null) {
            document.append("changes", mapper.toDocument(changes));
        }
        if (checkpoint != null) {
            document.append("content", mapper.toDocument(checkpoint));
        }
        writes.replace(revisions(), document.get("_id"), document);
    }

    /** Marks a revision as taken back by {@code by}; a revision already taken back keeps the first mark. */
    void markReverted(String entryId, long revision, long by) {
        Document stored = writes.find(revisions(), id(entryId, revision));
        if (stored == null) {
            throw new IllegalStateException(
                    "revision " + by + " of entry " + entryId + " reverts revision " + revision + ", not held");
        }
        RevisionSummary summary = summaryOf(stored);
        if (summary.revertedBy() != null) {
            return;
        }
        Document marked = new Document(stored).append("summary", mapper.toDocument(summary.revertedBy(by)));
        writes.replace(revisions(), marked.get("_id"), marked);
    }

    void deleteAll() {
        revisions().drop();
    }

    /** Also drops "revision_tips", where this projection once kept each entry's latest content. */
    void ensureIndexes() {
        revisions().createIndex(Indexes.ascending("entryId", "revision"));
        revisions().createIndex(Indexes.ascending("summary.author", "entryId", "revision"));
        if (database.listCollectionNames().into(new ArrayList<>()).contains(HistoryReadModel.RETIRED_TIPS)) {
            database.getCollection(HistoryReadModel.RETIRED_TIPS).drop();
        }
    }

    private RevisionSummary summaryOf(Document document) {
        return mapper.fromDocument(document.get("summary", Document.class), RevisionSummary.class);
    }

    private static String id(String entryId, long revision) {
        return entryId + '#' + revision;
    }

    private MongoCollection<Document> revisions() {
        return database.getCollection(HistoryReadModel.REVISIONS);
    }
}
