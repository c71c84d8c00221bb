package org.palimpsest.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoIndexContractTest extends MongoIndexContract {

    @TempDir
    static Path directory;

    private static EmbeddedMongoServer server;
    private static MongoClient client;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongoServer.start(directory.resolve("contract.mv"), "127.0.0.1", 0);
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @Override
    MongoDatabase database() {
        return client.getDatabase("contract");
    }
}
