package org.palimpsest.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Runs an embedded server in its own JVM so that a test can kill it: prints the connection string, then serves
 * until killed. A second argument, {@code no-commits}, leaves every write in the journal alone: the store is not
 * committed before the kill.
 */
public final class CrashableServerMain {

    private static final Duration COMMITS = Duration.ofMillis(JournalBeforeAck.COMMIT_MILLIS);

    private CrashableServerMain() {}

    public static void main(String[] args) throws InterruptedException {
        Duration commits = args.length > 1 && args[1].equals("no-commits") ? Duration.ofDays(1) : COMMITS;
        EmbeddedMongoServer server = EmbeddedMongoServer.start(
                EmbeddedMongoBackend.open(Path.of(args[0]), Set.of(), commits), "127.0.0.1", 0);
        System.out.println(server.connectionString());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
