package org.palimpsest.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoDurabilityTest {

    private static final int WRITERS = 4;

    @TempDir
    Path directory;

    /** One acknowledged write: returns once the server has answered for it. */
    @FunctionalInterface
    private interface Write {
        void insert(MongoClient client, MongoCollection<Document> events, Document event);
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKilledProcess() throws Exception {
        writeKillAndCheck((client, events, event) -> events.insertOne(event));
    }

    /** The store itself never committed: every write comes back from the journal, with its index entries. */
    @Test
    void everyAcknowledgedWriteComesBackFromTheJournalWhenNoCommitHoldsIt() throws Exception {
        writeKillAndCheck((client, events, event) -> events.insertOne(event), "no-commits");
        assertThat(journalBytes(directory.resolve("crash.mv")))
                .as("the journal, its segments dropped by the reopened store's commit")
                .isZero();
    }

    /** A client that writes unjournaled and then asks for fsync, as MongoDB's clients may. */
    @Test
    void anUnjournaledWriteSurvivesAKilledProcessOnceAnFsyncAnswered() throws Exception {
        writeKillAndCheck((client, events, event) -> {
            events.withWriteConcern(WriteConcern.W1.withJournal(false)).insertOne(event);
            client.getDatabase("admin").runCommand(new Document("fsync", 1));
        });
    }

    /** The bytes in the journal's segments. */
    private static long journalBytes(Path file) throws IOException {
        long bytes = 0;
        for (Path segment : Journal.segments(EmbeddedMongoBackend.journalFile(file))) {
            bytes += Files.size(segment);
        }
        return bytes;
    }

    private void writeKillAndCheck(Write write, String... serverArguments) throws Exception {
        Path file = directory.resolve("crash.mv");
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashableServerMain.class.getName(),
                file.toString()));
        command.addAll(List.of(serverArguments));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (MongoClient client = clientFor(firstLine(process))) {
            MongoCollection<Document> events = client.getDatabase("palimpsest").getCollection("events");
            events.createIndex(
                    Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
            writeUntilKilled(event -> write.insert(client, events, event), acknowledged, process);
        }
        if (List.of(serverArguments).contains("no-commits")) {
            assertThat(journalBytes(file)).as("the journal holds the writes").isGreaterThan(0);
        }

        assertThat(acknowledged).hasSizeGreaterThan(100);
        try (EmbeddedMongoServer reopened = EmbeddedMongoServer.start(file, "127.0.0.1", 0);
                MongoClient client = MongoClients.create(reopened.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("palimpsest").getCollection("events");
            List<String> stored =
                    events.find().map(event -> event.getString("_id")).into(new ArrayList<>());
            assertThat(stored).containsAll(acknowledged);
            for (int writer = 0; writer < WRITERS; writer++) {
                String aggregate = "writer-" + writer;
                long throughIndex = events.countDocuments(
                        Filters.and(Filters.eq("aggregateIdentifier", aggregate), Filters.gte("sequenceNumber", 0)));
                long scanned = stored.stream()
                        .filter(id -> id.startsWith(aggregate + "-"))
                        .count();
                assertThat(throughIndex)
                        .as("documents of %s found through the index", aggregate)
                        .isEqualTo(scanned);
            }
        }
    }

    private static void writeUntilKilled(Consumer<Document> insert, Set<String> acknowledged, Process process)
            throws InterruptedException {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        AtomicInteger running = new AtomicInteger(WRITERS);
        for (int writer = 0; writer < WRITERS; writer++) {
            int id = writer;
            writers.execute(() -> {
                try {
                    for (int sequence = 0; ; sequence++) {
                        String eventId = "writer-" + id + "-" + sequence;
                        insert.accept(new Document("_id", eventId)
                                .append("aggregateIdentifier", "writer-" + id)
                                .append("sequenceNumber", sequence));
                        acknowledged.add(eventId);
                    }
                } catch (RuntimeException killed) {
                    running.decrementAndGet();
                }
            });
        }
        // kill mid-stream: after 2.5 s, and not before enough writes were acknowledged (a busy machine is slower)
        Thread.sleep(2_500);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (acknowledged.size() <= 150 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        process.destroyForcibly();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        writers.shutdown();
        assertThat(writers.awaitTermination(15, TimeUnit.SECONDS))
                .as("writers stopped by the kill")
                .isTrue();
        assertThat(running).hasValue(0);
    }

    private static MongoClient clientFor(String connectionString) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(
                        socket -> socket.connectTimeout(1, TimeUnit.SECONDS).readTimeout(2, TimeUnit.SECONDS))
                .retryWrites(false)
                .build());
    }

    private static String firstLine(Process process) throws Exception {
        BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String line;
        while ((line = output.readLine()) != null && System.nanoTime() < deadline) {
            if (line.startsWith("mongodb://")) {
                return line;
            }
        }
        throw new IllegalStateException("The server process printed no connection string");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
