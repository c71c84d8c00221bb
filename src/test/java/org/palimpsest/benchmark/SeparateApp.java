package org.palimpsest.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.palimpsest.support.Api;
import org.palimpsest.support.AppProcess;

/**
 * The app in a JVM of its own ({@link AppProcess}) over a data folder of its own, its embedded store listening
 * on a port of its own so that the benchmark can read the read models with a driver of its own. Its CPU time
 * and its data folder are then the app's alone, apart from the load generator's.
 */
final class SeparateApp implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);
    private static final int LOG_TAIL_LINES = 40;

    private final AppProcess process;
    private final MongoClient client;
    private final Path log;
    private boolean stopped;

    private SeparateApp(AppProcess process, MongoClient client, Path log) {
        this.process = process;
        this.client = client;
        this.log = log;
    }

    /** The log goes next to the data folder, not into it, so that the folder holds the store alone. */
    static SeparateApp start(Path dataDir, String name) throws IOException, InterruptedException {
        Path log = dataDir.resolveSibling(name + ".log");
        int storePort = AppProcess.freePort();
        AppProcess process;
        try {
            process = AppProcess.start(
                    dataDir, log, "--palimpsest.embedded-port=" + storePort, "--logging.level.root=WARN");
        } catch (RuntimeException e) {
            tellLog(log);
            throw e;
        }
        return new SeparateApp(process, MongoClients.create("mongodb://127.0.0.1:" + storePort), log);
    }

    Api api() {
        return process.api();
    }

    /** The app's store, read through this process's own driver. */
    MongoDatabase database() {
        return client.getDatabase("palimpsest");
    }

    /** CPU time the app process has used so far, all its threads (the JIT compiler's too). */
    long cpuNanos() {
        return ProcStat.processNanos(process.pid());
    }

    /** Creates an entry through the REST API and returns its id (a slug of the title). */
    String create(String title, String body) {
        Api.Response created = api().post(
                        "/api/entries",
                        "editor1",
                        Api.json(Map.of(
                                "title", title, "timeline", BenchmarkEntries.TIMELINE, "date", "1950", "body", body)));
        if (created.status() != 201) {
            throw new IllegalStateException(
                    "could not create '" + title + "': " + created.status() + " " + created.text());
        }
        return created.json().get("id").asText();
    }

    /** A revise through the REST API that must succeed: one client, so nobody else moves the entry on. */
    void revise(String id, long base, String body) {
        Api.Response revised = api().put(
                        "/api/entries/" + id,
                        "editor2",
                        Api.json(Map.of("baseRevision", base, "changes", Map.of("body", body))));
        if (revised.status() != 200) {
            throw new IllegalStateException(
                    "revise of " + id + " on " + base + ": " + revised.status() + " " + revised.text());
        }
    }

    /**
     * Waits (two minutes at most) until the article, history and blame read models hold {@code revision} of the
     * entry: a figure of what a revision stores must not stop the app with the projections behind.
     */
    void awaitReadModels(String id, long revision) throws InterruptedException {
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (String path : List.of("", "/revisions", "/blame")) {
            String asked = "/api/entries/" + id + path + "?minRevision=" + revision;
            Api.Response answer = api().get(asked);
            while (answer.status() == 503 && System.nanoTime() < deadline) {
                answer = api().get(asked);
            }
            if (answer.status() != 200) {
                throw new IllegalStateException("GET " + asked + ": " + answer.status() + " " + answer.text());
            }
        }
    }

    /** SIGTERM, so that the app closes its store as an operator's stop would. */
    void stop() throws InterruptedException {
        if (!stopped) {
            stopped = true;
            client.close();
            process.stop(STOP_TIMEOUT);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    /** Bytes in the folder's files, as the file system lists them. */
    static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException gone) {
                            return 0;
                        }
                    })
                    .sum();
        }
    }

    private static void tellLog(Path log) throws IOException {
        if (Files.exists(log)) {
            List<String> lines = Files.readAllLines(log);
            BenchmarkProgress.say("the app process's log ended with:");
            lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())
                    .forEach(System.err::println);
        }
    }
}
