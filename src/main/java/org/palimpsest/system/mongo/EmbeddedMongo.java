package org.palimpsest.system.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.palimpsest.system.PalimpsestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** The in-process MongoDB-wire server, started only when no MongoDB URI is configured. */
@Component
class EmbeddedMongo implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final PalimpsestProperties properties;
    private MongoServer server;
    private H2Backend backend;

    EmbeddedMongo(PalimpsestProperties properties) {
        this.properties = properties;
    }

    synchronized String connectionString() {
        if (server == null) {
            Path file = properties.dataDir().resolve("palimpsest.mv").toAbsolutePath().normalize();
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create data directory " + file.getParent(), e);
            }
            backend = new H2Backend(file.toString());
            server = new MongoServer(backend);
            server.bind("127.0.0.1", properties.embeddedPort());
            log.info("Embedded MongoDB server on {} storing in {}", server.getLocalAddress(), file);
        }
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    @Override
    public synchronized void destroy() {
        if (server != null) {
            server.shutdownNow();
            backend.close();
            server = null;
        }
    }
}
