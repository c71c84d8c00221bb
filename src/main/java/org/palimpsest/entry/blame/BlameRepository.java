package org.palimpsest.entry.blame;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.palimpsest.system.mongo.DocumentMapper;
import org.palimpsest.system.projection.ProjectionWrites;
import org.palimpsest.text.Blame;
import org.palimpsest.text.BlameCodec;
import org.palimpsest.text.BlameSpan;
import org.palimpsest.text.TextPatch;
import org.springframework.stereotype.Repository;

/**
 * "blame_entries": per entry the newest body, its spans (lengths and revisions, no text), the paragraphs and
 * sentences ever seen (hashes and credits), and each revision's author and time ({@link StoredCredits}). "blame_revisions": per revision
 * how its spans and body differ from the revision before, or both whole every {@link #CHECKPOINT_EVERY} revisions;
 * a past revision's blame is the nearest checkpoint carried forward.
 */
@Repository
class BlameRepository {

    static final int CHECKPOINT_EVERY = 50;

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
                .map(document -> state(document, true));
    }

    /** The newest blame and the credits, without the paragraphs and sentences seen. */
    Optional<BlameState> current(String entryId) {
        return Optional.ofNullable(entries()
                        .find(Filters.eq("_id", entryId))
                        .projection(Projections.exclude("seen"))
                        .first())
                .map(document -> state(document, false));
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
        String body = null;
        byte[] spans = null;
        long reached = 0;
        for (Document document : revisions()
                .find(Filters.and(
                        Filters.eq("entryId", entryId),
                        Filters.gte("revision", checkpointAtOrBefore(revision)),
                        Filters.lte("revision", revision)))
                .sort(Sorts.ascending("revision"))) {
            String stored = document.getString("body");
            Document patch = document.get("patch", Document.class);
            if (stored != null) {
                body = stored;
            } else if (body != null && patch != null) {
                body = mapper.fromDocument(patch, TextPatch.class).applyTo(body);
            }
            Binary full = document.get("spans", Binary.class);
            Binary delta = document.get("spanDelta", Binary.class);
            if (full != null) {
                spans = full.getData();
            } else if (spans != null && delta != null) {
                spans = BlameCodec.applyDelta(spans, delta.getData());
            }
            reached = document.get("revision", Number.class).longValue();
        }
        if (reached != revision || body == null || spans == null) {
            return Optional.empty();
        }
        return Optional.of(BlameCodec.spans(body, spans));
    }

    /**
     * Saves the entry's state and its revision's document: the spans as the delta from the revision before, and the
     * body patch, but the whole body and spans at a checkpoint.
     */
    void save(String entryId, List<BlameSpan> spansBefore, BlameState state, TextPatch bodyPatch) {
        Blame blame = state.blame();
        Binary spans = new Binary(BlameCodec.spans(blame.spans()));
        StoredCredits credits = StoredCredits.of(state.authors(), state.timestamps());
        writes.replace(
                entries(),
                entryId,
                new Document("_id", entryId)
                        .append("revision", state.revision())
                        .append("body", blame.text())
                        .append("spans", spans)
                        .append("seen", new Binary(BlameCodec.seen(blame.seen())))
                        .append("authors", credits.authors())
                        .append("credits", new Binary(credits.credits())));
        Document revision = new Document("_id", entryId + '#' + state.revision())
                .append("entryId", entryId)
                .append("revision", state.revision());
        if (checkpointAtOrBefore(state.revision()) == state.revision()) {
            revision.append("spans", spans).append("body", blame.text());
        } else {
            revision.append("spanDelta", new Binary(BlameCodec.delta(spansBefore, blame.spans())));
            if (bodyPatch != null) {
                revision.append("patch", mapper.toDocument(bodyPatch));
            }
        }
        writes.replace(revisions(), revision.get("_id"), revision);
    }

    void deleteAll() {
        entries().drop();
        revisions().drop();
    }

    void ensureIndexes() {
        revisions().createIndex(Indexes.ascending("entryId", "revision"));
    }

    static long checkpointAtOrBefore(long revision) {
        return (revision - 1) / CHECKPOINT_EVERY * CHECKPOINT_EVERY + 1;
    }

    private static BlameState state(Document document, boolean withSeen) {
        String body = document.getString("body");
        List<BlameSpan> spans =
                BlameCodec.spans(body, document.get("spans", Binary.class).getData());
        Blame blame = Blame.of(
                body,
                spans,
                withSeen ? BlameCodec.seen(document.get("seen", Binary.class).getData()) : Map.of());
        StoredCredits credits = new StoredCredits(
                document.getList("authors", String.class),
                document.get("credits", Binary.class).getData());
        return new BlameState(
                document.get("revision", Number.class).longValue(),
                blame,
                credits.authorOfEach(),
                credits.timeOfEach());
    }

    private MongoCollection<Document> entries() {
        return database.getCollection(BlameReadModel.ENTRIES);
    }

    private MongoCollection<Document> revisions() {
        return database.getCollection(BlameReadModel.REVISIONS);
    }
}
