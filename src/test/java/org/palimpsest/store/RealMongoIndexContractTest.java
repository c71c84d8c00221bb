package org.palimpsest.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same contract against a real MongoDB, to keep the embedded store honest; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoIndexContractTest extends MongoIndexContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7");

    private static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MONGO.getConnectionString());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Override
    MongoDatabase database() {
        return client.getDatabase("contract");
    }
}
