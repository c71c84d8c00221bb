package org.palimpsest.store;

import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Set;

/** A MongoDB-wire server over {@link EmbeddedMongoBackend}, listening on one address. */
public final class EmbeddedMongoServer implements AutoCloseable {

    private final MongoServer server;
    private final EmbeddedMongoBackend backend;

    private EmbeddedMongoServer(MongoServer server, EmbeddedMongoBackend backend) {
        this.server = server;
        this.backend = backend;
    }

    /** As {@link #start(Path, String, int, Set)} with no deferred collections. */
    static EmbeddedMongoServer start(Path file, String host, int port) {
        return start(EmbeddedMongoBackend.open(file), host, port);
    }

    /**
     * Opens the store in {@code file} and listens on {@code host}:{@code port}; port 0 picks a free port. Writes
     * to the {@code deferred} collections are committed lazily, all others before they are acknowledged.
     */
    public static EmbeddedMongoServer start(Path file, String host, int port, Set<String> deferred) {
        return start(EmbeddedMongoBackend.open(file, deferred), host, port);
    }

    static EmbeddedMongoServer start(EmbeddedMongoBackend backend, String host, int port) {
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return new EmbeddedMongoServer(server, backend);
    }

    public String connectionString() {
        InetSocketAddress address = server.getLocalAddress();
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    EmbeddedMongoBackend backend() {
        return backend;
    }

    /**
     * Stops listening, then commits and closes the store. The app closes its client first, but the server may
     * not have seen those sockets close yet: {@code shutdown()} closes what remains with its event loops, where
     * {@code shutdownNow()} would warn about "clients" that are only the app's own, already gone.
     */
    @Override
    public void close() {
        server.shutdown();
    }
}
