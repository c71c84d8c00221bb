package org.palimpsest.system.mongo;

import org.palimpsest.system.PalimpsestProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * One {@link MongoClient} for the whole app: to the configured URI, or else to the embedded server. Having
 * our own client bean makes Spring Boot's default localhost:27017 client back off.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(PalimpsestProperties properties, EmbeddedMongo embedded) {
        String uri = properties.embedded() ? embedded.connectionString() : properties.mongodbUri();
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applicationName("palimpsest")
                .build());
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, PalimpsestProperties properties) {
        return client.getDatabase(properties.database());
    }
}
