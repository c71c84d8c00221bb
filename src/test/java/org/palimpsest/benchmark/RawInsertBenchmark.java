package org.palimpsest.benchmark;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.ObjectId;

/**
 * The ceiling the store sets: single-document inserts through the driver into a scratch collection of the
 * same server, each document as large as an average stored event, from as many threads as the REST load.
 */
final class RawInsertBenchmark {

    static final String EVENTS = "domainevents";
    private static final String SCRATCH = "benchmark_scratch";

    private final MongoDatabase database;
    private final int threads;

    private static final int SAMPLE = 5_000;

    RawInsertBenchmark(MongoDatabase database, int threads) {
        this.database = database;
        this.threads = threads;
    }

    /**
     * Exact BSON bytes, averaged over a sample of the stored events. The embedded server answers a query in one
     * reply whatever the batch size, and a reply over 48 MB is refused, so the sample is bounded.
     */
    double averageEventBytes() {
        long documents = 0;
        long bytes = 0;
        try (MongoCursor<RawBsonDocument> cursor = database.getCollection(EVENTS, RawBsonDocument.class)
                .find()
                .limit(SAMPLE)
                .iterator()) {
            while (cursor.hasNext()) {
                bytes += cursor.next().getByteBuffer().remaining();
                documents++;
            }
        }
        if (documents == 0) {
            throw new IllegalStateException("no events stored yet to take the size of");
        }
        return (double) bytes / documents;
    }

    BenchmarkLoad.Result run(int documentBytes, Duration duration) {
        MongoCollection<Document> scratch = database.getCollection(SCRATCH);
        String padding = "x".repeat(Math.max(0, documentBytes - bytes(document(""))));
        try {
            BenchmarkLoad.Result result = BenchmarkLoad.run(threads, duration, thread -> {
                scratch.insertOne(document(padding));
                return true;
            });
            BenchmarkProgress.say(
                    "raw inserts of %d-byte documents: %d in %.1f s",
                    bytes(document(padding)), result.succeeded(), result.seconds());
            return result;
        } finally {
            // the next round, and the rest of the run, should find the store as the app left it
            scratch.drop();
        }
    }

    private static Document document(String padding) {
        return new Document("_id", new ObjectId()).append("padding", padding);
    }

    private static int bytes(Document document) {
        return new RawBsonDocument(document, new DocumentCodec())
                .getByteBuffer()
                .remaining();
    }
}
