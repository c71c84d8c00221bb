package org.palimpsest.entry.live;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The push's processor subscribes to the event store instead of tracking it. A tracking processor learned of a
 * revision only after the store's producer thread had been woken and had read the event back from MongoDB, then
 * deserialised it and stored a token after each batch, all before the next revision's push: hops and round trips
 * that were most of a push's latency (docs/benchmark.md). Subscribed, the push sees the event as it was appended.
 * It keeps no token: it pushes what is stored from now on to whoever listens now, and a client that missed pushes
 * (a restart drops every connection) reads them over REST.
 */
@Configuration(proxyBeanMethods = false)
class EntryPushConfiguration {

    @Autowired
    void entryPushProcessor(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(EntryPush.NAME);
    }
}
