package org.palimpsest.system.mongo;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.palimpsest.system.PalimpsestProperties;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** "store" in /actuator/health: which store the app runs on and whether it answers a ping. */
@Component("store")
class StoreHealth extends AbstractHealthIndicator {

    private final MongoDatabase database;
    private final PalimpsestProperties properties;

    StoreHealth(MongoDatabase database, PalimpsestProperties properties) {
        super("the store does not answer");
        this.database = database;
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        if (properties.embedded()) {
            health.withDetail("kind", "embedded")
                    .withDetail(
                            "dataDir",
                            properties.dataDir().toAbsolutePath().normalize().toString());
        } else {
            health.withDetail("kind", "mongodb");
        }
        health.withDetail("database", properties.database());
        database.runCommand(new Document("ping", 1));
        health.up();
    }
}
