package org.palimpsest.benchmark;

import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bson.RawBsonDocument;
import org.h2.mvstore.MVStore;

/**
 * What a one-word edit of a long entry costs the disk, all stores together (events, read models, tokens), in a
 * steady state: a separate app process over a fresh data folder creates one entry with a 20 KB body and edits
 * it {@link #SETTLING} times, so that the store's own space reclamation (dead chunks dropped, sparse ones
 * compacted, every few dozen commits) is under way; the app stops cleanly and the folder is weighed; a second
 * app process over the same folder makes the measured revisions, the folder weighed while it runs and again
 * after it has stopped cleanly.
 * <p>
 * A clean stop closes the H2 MVStore ({@code MVStore.close()} in H2Backend.close): a last commit with the
 * retention time set to 0, then the file is cut after its last live chunk. It does not compact (H2 2.3's
 * {@code close()} passes no compaction time; {@code close(int)} and {@code compactFile(int)} would), so the
 * folder after a stop is what the app's own reclamation left, minus the free tail. For the floor, a copy of the
 * stopped folder is compacted by this benchmark with {@code MVStore.compactFile}, which the app never calls: it
 * moves the live chunks together without reading their pages, so it needs none of the store's data types.
 * <p>
 * Beside the folder, the documents themselves: the BSON bytes of every collection's documents, summed through the
 * driver before and after the measured revisions, tell which collection the live growth comes from (before the
 * store's page compression, and without its index entries and page overhead).
 */
final class DiskGrowthBenchmark {

    static final int SETTLING = 500;
    private static final int BODY_BYTES = 20_000;
    private static final int COMPACT_MILLIS = 60_000;

    /**
     * Folder sizes in bytes, before and after the measured revisions: running, stopped, and a copy of the stopped
     * folder compacted.
     */
    record Growth(
            int revisions,
            long runningBefore,
            long runningAfter,
            long stoppedBefore,
            long stoppedAfter,
            long compactedBefore,
            long compactedAfter,
            Map<String, Long> documentsBefore,
            Map<String, Long> documentsAfter) {

        /** Per collection, the growth of its documents' BSON bytes per revision. */
        Map<String, Double> documentBytesPerRevision() {
            Map<String, Double> perRevision = new TreeMap<>();
            documentsAfter.forEach((collection, after) -> perRevision.put(
                    collection, (double) (after - documentsBefore.getOrDefault(collection, 0L)) / revisions));
            return perRevision;
        }

        double runningBytesPerRevision() {
            return (double) (runningAfter - runningBefore) / revisions;
        }

        double stoppedBytesPerRevision() {
            return (double) (stoppedAfter - stoppedBefore) / revisions;
        }

        double compactedBytesPerRevision() {
            return (double) (compactedAfter - compactedBefore) / revisions;
        }
    }

    Growth measure(Path dataDir, int revisions) throws Exception {
        WordBody body = new WordBody(BODY_BYTES);
        String id;
        int edits = 0;
        try (SeparateApp app = SeparateApp.start(dataDir, "disk-settling")) {
            id = app.create("Benchmark Disk Body", body.text());
            BenchmarkProgress.say("disk: %d settling revisions of a 20 KB body", SETTLING);
            while (edits < SETTLING) {
                body.edit(edits);
                app.revise(id, ++edits, body.text());
            }
            app.awaitReadModels(id, edits + 1);
        }
        long stoppedBefore = SeparateApp.folderBytes(dataDir);
        long compactedBefore = compacted(dataDir);
        long runningBefore;
        long runningAfter;
        Map<String, Long> documentsBefore;
        Map<String, Long> documentsAfter;
        try (SeparateApp app = SeparateApp.start(dataDir, "disk-measured")) {
            runningBefore = SeparateApp.folderBytes(dataDir);
            documentsBefore = documentBytes(app.database());
            BenchmarkProgress.say("disk: %d measured revisions (folder %d bytes)", revisions, runningBefore);
            for (int revision = 0; revision < revisions; revision++) {
                body.edit(edits);
                app.revise(id, ++edits, body.text());
            }
            app.awaitReadModels(id, edits + 1);
            runningAfter = SeparateApp.folderBytes(dataDir);
            documentsAfter = documentBytes(app.database());
        }
        return new Growth(
                revisions,
                runningBefore,
                runningAfter,
                stoppedBefore,
                SeparateApp.folderBytes(dataDir),
                compactedBefore,
                compacted(dataDir),
                documentsBefore,
                documentsAfter);
    }

    /** Per collection, the BSON bytes of all its documents as the driver reads them. */
    private static Map<String, Long> documentBytes(MongoDatabase database) {
        Map<String, Long> bytes = new TreeMap<>();
        for (String collection : database.listCollectionNames()) {
            long sum = 0;
            for (RawBsonDocument document :
                    database.getCollection(collection, RawBsonDocument.class).find()) {
                sum += document.getByteBuffer().remaining();
            }
            bytes.put(collection, sum);
        }
        return bytes;
    }

    /** The size of a compacted copy of the stopped store's files (every {@code *.mv} in the folder). */
    private static long compacted(Path dataDir) throws IOException {
        Path copies = Files.createTempDirectory(dataDir.getParent(), "compacted");
        try (Stream<Path> files = Files.list(dataDir)) {
            long bytes = 0;
            for (Path file : files.filter(file -> file.getFileName().toString().endsWith(".mv"))
                    .toList()) {
                Path copy = Files.copy(file, copies.resolve(file.getFileName()));
                MVStore store = new MVStore.Builder().fileName(copy.toString()).open();
                try {
                    store.compactFile(COMPACT_MILLIS);
                } finally {
                    store.close();
                }
                bytes += Files.size(copy);
                Files.delete(copy);
            }
            return bytes;
        } finally {
            Files.delete(copies);
        }
    }
}
