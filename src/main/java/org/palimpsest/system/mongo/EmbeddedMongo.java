package org.palimpsest.system.mongo;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.palimpsest.store.EmbeddedMongoServer;
import org.palimpsest.system.PalimpsestProperties;
import org.palimpsest.system.projection.ReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** The in-process MongoDB-wire server, started only when no MongoDB URI is configured. */
@Component
class EmbeddedMongo implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    /** Where Axon keeps the tracking processors' tokens: as rebuildable as the read models they track. */
    private static final String TOKENS = "trackingtokens";

    private final PalimpsestProperties properties;
    private final Set<String> rebuildable;
    private EmbeddedMongoServer server;
    private DataDirLock lock;

    /**
     * Read models that can be rebuilt from the event store, and their tracking tokens, are deferred: neither
     * journaled nor committed before their reply, as the events they were made from are.
     */
    EmbeddedMongo(PalimpsestProperties properties, List<ReadModel> readModels) {
        this.properties = properties;
        Set<String> collections = new TreeSet<>(Set.of(TOKENS));
        readModels.stream().filter(ReadModel::rebuildable).forEach(model -> collections.addAll(model.collections()));
        this.rebuildable = Set.copyOf(collections);
    }

    synchronized String connectionString() {
        if (server == null) {
            Path dataDir = properties.dataDir().toAbsolutePath().normalize();
            lock = DataDirLock.acquire(dataDir);
            Path file = dataDir.resolve("palimpsest.mv");
            try {
                server = EmbeddedMongoServer.start(file, "127.0.0.1", properties.embeddedPort(), rebuildable);
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
