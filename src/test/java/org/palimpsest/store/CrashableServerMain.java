package org.palimpsest.store;

import java.nio.file.Path;

/**
 * Runs an embedded server in its own JVM so that a test can kill it: prints the connection string, then serves
 * until killed.
 */
public final class CrashableServerMain {

    private CrashableServerMain() {}

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMongoServer server = EmbeddedMongoServer.start(Path.of(args[0]), "127.0.0.1", 0);
        System.out.println(server.connectionString());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
