package org.palimpsest.system.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.palimpsest.system.PalimpsestProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One {@link MongoClient} for the whole app: to the configured URI, or else to the embedded server. Having
 * our own client bean makes Spring Boot's default localhost:27017 client back off.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(PalimpsestProperties properties, EmbeddedMongo embedded) {
        String uri = properties.embedded() ? embedded.connectionString() : properties.mongodbUri();
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applicationName("palimpsest")
                .build();
        if (!properties.embedded()) {
            ping(settings, properties.mongodbStartTimeout());
        }
        return MongoClients.create(settings);
    }

    /**
     * Without this a wrong URI surfaces only at the first query, after the driver's 30 s server selection, as
     * a stack trace from whichever bean asked first. A client of its own, so that the app's client keeps the
     * URI's own timeouts.
     */
    static void ping(MongoClientSettings settings, Duration timeout) {
        MongoClientSettings quick = MongoClientSettings.builder(settings)
                .applyToClusterSettings(
                        cluster -> cluster.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout((int) timeout.toMillis(), TimeUnit.MILLISECONDS))
                .build();
        try (MongoClient client = MongoClients.create(quick)) {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
        } catch (MongoException e) {
            List<String> hosts = settings.getClusterSettings().getHosts().stream()
                    .map(ServerAddress::toString)
                    .toList();
            throw new MongoUnreachableException(hosts, timeout, e);
        }
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, PalimpsestProperties properties) {
        return client.getDatabase(properties.database());
    }
}
