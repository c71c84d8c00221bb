package org.palimpsest.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * Prints query and insert rates: "events of one aggregate" (Axon's load query) on the plain H2 backend, whose
 * unique index does not serve it, and on the embedded backend; single inserts with and without commit before
 * acknowledgement. Three runs each, then the median.
 */
public final class EmbeddedMongoBenchmark {

    private static final int EVENTS_PER_AGGREGATE = 15;
    private static final int RUNS = 3;
    private static final long QUERY_MILLIS = 2_000;
    private static final int SINGLE_INSERTS = 2_000;

    private EmbeddedMongoBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path directory = Files.createTempDirectory("embedded-benchmark");
        for (int events : new int[] {15_000, 150_000}) {
            queries(
                    "plain H2 backend (no usable index)",
                    events,
                    () -> new H2Backend(
                            directory.resolve("plain-" + events + ".mv").toString()));
            queries(
                    "embedded backend (ordered index)",
                    events,
                    () -> EmbeddedMongoBackend.open(directory.resolve("embedded-" + events + ".mv")));
        }
        inserts("journal before ack ON ", true, directory);
        inserts("journal before ack OFF", false, directory);
    }

    private static void queries(String label, int events, Supplier<MongoBackend> backend) {
        MongoServer server = new MongoServer(backend.get());
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server))) {
            MongoCollection<Document> collection = eventsCollection(client);
            load(collection, events);
            int aggregates = events / EVENTS_PER_AGGREGATE;
            Random random = new Random(42);
            double[] rates = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                long queries = 0;
                long start = System.nanoTime();
                long deadline = start + QUERY_MILLIS * 1_000_000;
                while (queries < 3 || System.nanoTime() < deadline) {
                    String aggregate = "aggregate-" + random.nextInt(aggregates);
                    int found = collection
                            .find(and(eq("aggregateIdentifier", aggregate), gte("sequenceNumber", 0L)))
                            .sort(ascending("sequenceNumber"))
                            .into(new ArrayList<>())
                            .size();
                    if (found != EVENTS_PER_AGGREGATE) {
                        throw new IllegalStateException(aggregate + " has " + found + " events");
                    }
                    queries++;
                }
                rates[run] = queries / ((System.nanoTime() - start) / 1e9);
            }
            report("events of one aggregate, " + events + " events, " + label, "queries/s", rates);
        } finally {
            server.shutdownNow();
        }
    }

    private static void inserts(String label, boolean journalBeforeAck, Path directory) throws IOException {
        double[] rates = new double[RUNS];
        long[] fileSizes = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            Path file = directory.resolve("inserts-" + journalBeforeAck + "-" + run + ".mv");
            MongoServer server = new MongoServer(EmbeddedMongoBackend.open(file, journalBeforeAck));
            try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server))) {
                MongoCollection<Document> collection = eventsCollection(client);
                long start = System.nanoTime();
                for (int i = 0; i < SINGLE_INSERTS; i++) {
                    collection.insertOne(event(i % 100, i / 100));
                }
                rates[run] = SINGLE_INSERTS / ((System.nanoTime() - start) / 1e9);
            } finally {
                server.shutdownNow();
            }
            fileSizes[run] = Files.size(file);
        }
        report("single inserts, " + label, "docs/s", rates);
        System.out.printf("    file sizes after %,d inserts: %s bytes%n", SINGLE_INSERTS, Arrays.toString(fileSizes));
    }

    private static MongoCollection<Document> eventsCollection(MongoClient client) {
        MongoCollection<Document> collection = client.getDatabase("benchmark").getCollection("events");
        collection.createIndex(
                Indexes.ascending("aggregateIdentifier", "sequenceNumber"),
                new IndexOptions().unique(true).name("uniqueAggregateIndex"));
        collection.createIndex(
                Indexes.ascending("timestamp", "sequenceNumber"), new IndexOptions().name("orderedEventStreamIndex"));
        return collection;
    }

    private static void load(MongoCollection<Document> collection, int events) {
        int aggregates = events / EVENTS_PER_AGGREGATE;
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            batch.add(event(i % aggregates, i / aggregates));
            if (batch.size() == 1_000) {
                collection.insertMany(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch);
        }
    }

    private static Document event(int aggregate, long sequence) {
        return new Document("aggregateIdentifier", "aggregate-" + aggregate)
                .append("sequenceNumber", sequence)
                .append(
                        "timestamp",
                        java.time.Instant.ofEpochMilli(1_700_000_000_000L + aggregate * 1_000L + sequence)
                                .toString())
                .append("eventIdentifier", aggregate + "-" + sequence)
                .append("payloadType", "org.palimpsest.entry.api.EntryRevisedEvent")
                .append(
                        "serializedPayload",
                        "{\"entryId\":\"" + aggregate + "\",\"changes\":[\"title\",\"body\"],\"revision\":" + sequence
                                + "}");
    }

    private static String hostAndPort(MongoServer server) {
        var address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }

    private static void report(String what, String unit, double[] rates) {
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%-75s median %,10.1f %s   runs %s%n",
                what,
                sorted[RUNS / 2],
                unit,
                Arrays.stream(rates)
                        .mapToObj(rate -> String.format("%,.1f", rate))
                        .toList());
    }
}
