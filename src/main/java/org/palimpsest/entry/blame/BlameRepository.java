package org.palimpsest.entry.blame;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.bson.Document;
import org.bson.types.Binary;
import org.palimpsest.system.mongo.DocumentMapper;
import org.palimpsest.system.projection.ProjectionWrites;
import org.palimpsest.text.Blame;
import org.palimpsest.text.BlameCodec;
import org.palimpsest.text.BlameSpan;
import org.palimpsest.text.PatchedText;
import org.palimpsest.text.TextPatch;
import org.springframework.stereotype.Repository;

/**
 * "blame_entries": per entry the newest body, its spans (lengths and revisions, no text), each revision's author and
 * time ({@link StoredCredits}) and {@code seenFrom}. "blame_revisions": per revision how its spans and body differ
 * from the revision before, or both whole every {@link #CHECKPOINT_EVERY} revisions (a past revision's blame is the
 * nearest checkpoint carried forward); and the paragraphs and sentences (hashes and credits) it saw first. The seen
 * ones of an entry are what its revisions from {@code seenFrom} on saw first: from its first revision, but in a store
 * written before they were kept this way "blame_entries" holds the whole set ({@code seen}), and the next revision's
 * document takes it whole. So a revise writes its few, not the entry's whole past, which grows with every
 * paragraph's credits (618 KB after 2,500 one-word revisions of a 20 KB body), and nothing is written twice. The
 * projection keeps the newest set of each entry in memory ({@link #SEEN_KEPT} at most), checked against the stored
 * revision, so it reads them back only after a restart, a move of the processor to another node or an eviction: one
 * query over the entry's revision documents.
 */
@Repository
class BlameRepository {

    static final int CHECKPOINT_EVERY = 200;

    /**
     * What the paragraphs and sentences kept in memory may weigh, of all entries together, in numbers (8 bytes each:
     * a hash, its credits' runs): 64 MB.
     */
    static final long SEEN_KEPT = 8_000_000;

    /** An entry's paragraphs and sentences seen up to a revision, and how many numbers they hold. */
    private record Seen(long revision, Map<Long, long[]> seen, int weight) {

        static Seen of(long revision, Map<Long, long[]> seen) {
            long numbers = 0;
            for (long[] runs : seen.values()) {
                numbers += 1 + runs.length;
            }
            return new Seen(revision, seen, (int) Math.min(Integer.MAX_VALUE, Math.max(1, numbers)));
        }
    }

    private final Cache<String, Seen> seenKept = Caffeine.newBuilder()
            .maximumWeight(SEEN_KEPT)
            .weigher((String entryId, Seen kept) -> kept.weight())
            .build();

    private final MongoDatabase database;
    private final DocumentMapper mapper;
    private final ProjectionWrites writes;

    BlameRepository(MongoDatabase database, DocumentMapper mapper, ProjectionWrites writes) {
        this.database = database;
        this.mapper = mapper;
        this.writes = writes;
    }

    /** In a projection's batch, the entry's state as the batch has left it. */
    Optional<BlameState> stateWhileProjecting(String entryId) {
        return Optional.ofNullable(writes.findOfEntry(entries(), entryId, id -> id))
                .map(document -> state(document, seenOf(entryId, document)));
    }

    /** The paragraphs and sentences seen up to the stored revision: kept, or stored as the class comment says. */
    private Map<Long, long[]> seenOf(String entryId, Document entry) {
        long revision = entry.get("revision", Number.class).longValue();
        Seen kept = seenKept.getIfPresent(entryId);
        if (kept != null && kept.revision() == revision) {
            return kept.seen();
        }
        Binary whole = entry.get("seen", Binary.class);
        if (whole != null) {
            return BlameCodec.seen(whole.getData());
        }
        long from = entry.get("seenFrom", Number.class).longValue();
        Map<Long, Document> documents = new HashMap<>();
        revisions()
                .find(Filters.and(
                        Filters.eq("entryId", entryId),
                        Filters.gte("revision", from),
                        Filters.lte("revision", revision)))
                .projection(Projections.include("revision", "seen", "seenFirst"))
                .forEach(document ->
                        documents.put(document.get("revision", Number.class).longValue(), document));
        List<String> inThisBatch = LongStream.rangeClosed(from, revision)
                .filter(at -> !documents.containsKey(at))
                .mapToObj(at -> revisionId(entryId, at))
                .toList();
        if (!inThisBatch.isEmpty()) {
            writes.findAll(revisions(), inThisBatch)
                    .values()
                    .forEach(document ->
                            documents.put(document.get("revision", Number.class).longValue(), document));
        }
        Map<Long, long[]> seen = new HashMap<>();
        for (long at = from; at <= revision; at++) {
            Document document = documents.get(at);
            if (document == null) {
                throw new IllegalStateException("the blame of '" + entryId + "' has no document of revision " + at);
            }
            Binary first = document.get(at == from ? "seen" : "seenFirst", Binary.class);
            if (first != null) {
                BlameCodec.seen(first.getData()).forEach(seen::putIfAbsent);
            }
        }
        return seen;
    }

    /** The newest blame and the credits, without the paragraphs and sentences seen. */
    Optional<BlameState> current(String entryId) {
        return Optional.ofNullable(entries()
                        .find(Filters.eq("_id", entryId))
                        .projection(Projections.exclude("seen"))
                        .first())
                .map(document -> state(document, Map.of()));
    }

    long revision(String entryId) {
        Document found = entries()
                .find(Filters.eq("_id", entryId))
                .projection(Projections.include("revision"))
                .first();
        return found == null ? 0 : found.get("revision", Number.class).longValue();
    }

    /** The spans of a past revision, from the nearest checkpoint at or before it and the patches after. */
    Optional<List<BlameSpan>> spansAt(String entryId, long revision) {
        PatchedText body = null;
        long[] spans = null;
        long reached = 0;
        for (Document document : revisions()
                .find(Filters.and(
                        Filters.eq("entryId", entryId),
                        Filters.gte("revision", checkpointAtOrBefore(revision)),
                        Filters.lte("revision", revision)))
                .projection(Projections.exclude("seen", "seenFirst"))
                .sort(Sorts.ascending("revision"))) {
            String stored = document.getString("body");
            Document patch = document.get("patch", Document.class);
            if (stored != null) {
                body = new PatchedText(stored);
            } else if (body != null && patch != null) {
                body.apply(mapper.fromDocument(patch, TextPatch.class));
            }
            Binary full = document.get("spans", Binary.class);
            Binary delta = document.get("spanDelta", Binary.class);
            if (full != null) {
                spans = BlameCodec.runs(full.getData());
            } else if (spans != null && delta != null) {
                spans = BlameCodec.applyDelta(spans, delta.getData());
            }
            reached = document.get("revision", Number.class).longValue();
        }
        if (reached != revision || body == null || spans == null) {
            return Optional.empty();
        }
        return Optional.of(BlameCodec.spans(body.toString(), spans));
    }

    /**
     * Saves the entry's state {@code after} the one {@code before} it (null for the first) and its revision's
     * document: the spans as the delta from the revision before, the body patch and what it saw first (all seen, when
     * it is the first or follows a store of the older shape), but the whole body and spans at a checkpoint.
     */
    void save(String entryId, BlameState before, BlameState after, TextPatch bodyPatch) {
        Blame blame = after.blame();
        boolean allSeen = before == null || before.seenFrom() == 0;
        Binary spans = new Binary(BlameCodec.spans(blame.spans()));
        StoredCredits credits = StoredCredits.of(after.authors(), after.timestamps());
        writes.replace(
                entries(),
                entryId,
                new Document("_id", entryId)
                        .append("revision", after.revision())
                        .append("body", blame.text())
                        .append("spans", spans)
                        .append("seenFrom", allSeen ? after.revision() : before.seenFrom())
                        .append("authors", credits.authors())
                        .append("credits", new Binary(credits.credits())));
        Document revision = new Document("_id", revisionId(entryId, after.revision()))
                .append("entryId", entryId)
                .append("revision", after.revision());
        if (checkpointAtOrBefore(after.revision()) == after.revision()) {
            revision.append("spans", spans).append("body", blame.text());
        } else {
            revision.append(
                    "spanDelta", new Binary(BlameCodec.delta(before.blame().spans(), blame.spans())));
            if (bodyPatch != null) {
                revision.append("patch", mapper.toDocument(bodyPatch));
            }
        }
        Map<Long, long[]> seen = blame.seen();
        if (allSeen) {
            revision.append("seen", new Binary(BlameCodec.seen(seen)));
        } else {
            Map<Long, long[]> seenFirst = blame.seenFirst();
            if (!seenFirst.isEmpty()) {
                revision.append("seenFirst", new Binary(BlameCodec.seen(seenFirst)));
            }
        }
        writes.replace(revisions(), revision.get("_id"), revision);
        seenKept.put(entryId, Seen.of(after.revision(), seen));
    }

    void deleteAll() {
        entries().drop();
        revisions().drop();
        seenKept.invalidateAll();
    }

    void ensureIndexes() {
        revisions().createIndex(Indexes.ascending("entryId", "revision"));
    }

    static long checkpointAtOrBefore(long revision) {
        return (revision - 1) / CHECKPOINT_EVERY * CHECKPOINT_EVERY + 1;
    }

    private static String revisionId(String entryId, long revision) {
        return entryId + '#' + revision;
    }

    private static BlameState state(Document document, Map<Long, long[]> seen) {
        String body = document.getString("body");
        List<BlameSpan> spans =
                BlameCodec.spans(body, document.get("spans", Binary.class).getData());
        Blame blame = Blame.of(body, spans, seen);
        Number seenFrom = document.get("seenFrom", Number.class);
        StoredCredits credits = new StoredCredits(
                document.getList("authors", String.class),
                document.get("credits", Binary.class).getData());
        return new BlameState(
                document.get("revision", Number.class).longValue(),
                blame,
                credits.authorOfEach(),
                credits.timeOfEach(),
                seenFrom == null ? 0 : seenFrom.longValue());
    }

    private MongoCollection<Document> entries() {
        return database.getCollection(BlameReadModel.ENTRIES);
    }

    private MongoCollection<Document> revisions() {
        return database.getCollection(BlameReadModel.REVISIONS);
    }
}
