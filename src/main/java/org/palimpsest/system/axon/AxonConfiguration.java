package org.palimpsest.system.axon;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import com.mongodb.client.MongoClient;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.palimpsest.system.PalimpsestProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon on MongoDB, wired by hand (the axon-mongo starter is not used): events and snapshots through
 * {@link MongoEventStorageEngine} with Jackson, tracking tokens in MongoDB, a strong bounded aggregate
 * cache (JCache over Caffeine) and snapshots every {@code palimpsest.snapshot-threshold} events.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, PalimpsestProperties properties) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(client, properties.database())
                .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(
            MongoTemplate axonMongoTemplate,
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            PalimpsestProperties properties,
            Clock clock,
            List<EventUpcaster> upcasters) {
        AppendOrderStorageStrategy strategy = new AppendOrderStorageStrategy(properties.trackingLookBack(), clock);
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .storageStrategy(strategy)
                .upcasterChain(new EventUpcasterChain(upcasters))
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
        engine.ensureIndexes();
        return engine;
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
    }

    @Bean
    SnapshotTriggerDefinition entrySnapshotTrigger(Snapshotter snapshotter, PalimpsestProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }

    /** A cache manager of this context's own: a cached aggregate holds on to the context that loaded it. */
    @Bean(destroyMethod = "close")
    CacheManager entryCacheManager() {
        CachingProvider provider = Caching.getCachingProvider(CaffeineCachingProvider.class.getName());
        return provider.getCacheManager(
                URI.create("palimpsest:" + UUID.randomUUID()), getClass().getClassLoader());
    }

    @Bean
    Cache entryCache(CacheManager entryCacheManager, PalimpsestProperties properties) {
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setMaximumSize(OptionalLong.of(properties.entryCacheSize()));
        configuration.setStoreByValue(false);
        return new JCacheAdapter(entryCacheManager.createCache("entries", configuration));
    }
}
