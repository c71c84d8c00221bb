package org.palimpsest.system.mongo;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.palimpsest.support.RunningApp;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The store contract on a real MongoDB 7 (single-node replica set), when Docker is there. */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoStoreTest extends MongoStoreContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7");

    private String database;

    @BeforeEach
    void freshDatabase() {
        database = "contract_" + UUID.randomUUID().toString().replace("-", "");
    }

    @Override
    RunningApp start(String... args) {
        return RunningApp.onMongo(MONGO.getReplicaSetUrl(), database, args);
    }
}
