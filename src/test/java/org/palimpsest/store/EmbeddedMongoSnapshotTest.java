package org.palimpsest.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit's pages are written while the writers go on, and the server changes stored documents in place: what a
 * commit wrote must still be one cut, each document as its index entries have it. Copies of the file taken while
 * documents are updated stand for a process killed at that moment; each is opened without its journal, so that it
 * shows only what the commits wrote.
 */
class EmbeddedMongoSnapshotTest {

    private static final int DOCUMENTS = 16;
    private static final String PADDING = "Inchon landing, 15 September 1950. ".repeat(40);

    @TempDir
    Path directory;

    @Test
    void everyCommitHoldsEachDocumentAsItsIndexEntriesHaveIt() throws Exception {
        Path file = directory.resolve("store.mv");
        List<Path> copies = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(
                        EmbeddedMongoBackend.open(file, Set.of(), Duration.ofMillis(3)), "127.0.0.1", 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> counters = client.getDatabase("db").getCollection("counters");
            counters.createIndex(Indexes.ascending("n"));
            for (int i = 0; i < DOCUMENTS; i++) {
                counters.insertOne(new Document("_id", i).append("n", 0).append("text", PADDING));
            }
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                running.add(writers.submit(() -> {
                    while (writing.get()) {
                        int id = ThreadLocalRandom.current().nextInt(DOCUMENTS);
                        counters.updateOne(eq("_id", id), Updates.inc("n", 1));
                    }
                }));
            }
            for (int copy = 0; copy < 12; copy++) {
                Thread.sleep(120);
                Path copied = directory.resolve("copy-" + copy + ".mv");
                Files.copy(file, copied);
                copies.add(copied);
            }
            writing.set(false);
            for (Future<?> writer : running) {
                writer.get(10, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }

        int updatedCopies = 0;
        for (Path copy : copies) {
            try (EmbeddedMongoServer reopened = EmbeddedMongoServer.start(copy, "127.0.0.1", 0);
                    MongoClient client = MongoClients.create(reopened.connectionString())) {
                MongoCollection<Document> counters = client.getDatabase("db").getCollection("counters");
                List<Document> documents = counters.find().into(new ArrayList<>());
                if (documents.size() < DOCUMENTS) {
                    continue; // copied before the inserts were committed
                }
                for (Document document : documents) {
                    assertThat(counters.find(eq("n", document.getInteger("n")))
                                    .map(found -> found.getInteger("_id"))
                                    .into(new ArrayList<>()))
                            .as(
                                    "%s: document %s found by its indexed n=%s",
                                    copy.getFileName(), document.get("_id"), document.get("n"))
                            .contains(document.getInteger("_id"));
                }
                assertThat(counters.countDocuments(gte("n", 0)))
                        .as("%s: index entries", copy.getFileName())
                        .isEqualTo(DOCUMENTS);
                if (documents.stream().anyMatch(document -> document.getInteger("n") > 0)) {
                    updatedCopies++;
                }
            }
        }
        assertThat(updatedCopies)
                .as("copies taken while the documents were updated")
                .isGreaterThan(3);
    }
}
