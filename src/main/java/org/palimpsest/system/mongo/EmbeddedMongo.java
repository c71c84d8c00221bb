package org.palimpsest.system.mongo;

import java.nio.file.Path;
import java.util.Set;

import org.palimpsest.system.PalimpsestProperties;
import org.palimpsest.system.mongo.embedded.EmbeddedMongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** The in-process MongoDB-wire server, started only when no MongoDB URI is configured. */
@Component
class EmbeddedMongo implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    /**
     * Read models and their tracking tokens can be rebuilt from the event store, so their writes need not
     * wait for a commit of their own; the events' writes do.
     */
    private static final Set<String> REBUILDABLE = Set.of("articles", "revisions", "revision_tips",
            "timeline_entries", "trackingtokens");

    private final PalimpsestProperties properties;
    private EmbeddedMongoServer server;
    private DataDirLock lock;

    EmbeddedMongo(PalimpsestProperties properties) {
        this.properties = properties;
    }

    synchronized String connectionString() {
        if (server == null) {
            Path dataDir = properties.dataDir().toAbsolutePath().normalize();
            lock = DataDirLock.acquire(dataDir);
            Path file = dataDir.resolve("palimpsest.mv");
            try {
                server = EmbeddedMongoServer.start(file, "127.0.0.1", properties.embeddedPort(), REBUILDABLE);
            } catch (RuntimeException e) {
                lock.close();
                lock = null;
                throw e;
            }
            log.info("Embedded MongoDB server at {} storing in {}", server.connectionString(), file);
        }
        return server.connectionString();
    }

    @Override
    public synchronized void destroy() {
        if (server != null) {
            server.close();
            server = null;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }
}
