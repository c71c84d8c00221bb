package org.palimpsest.entry.live;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The push's processor starts, the first time, at the head of the event store: a new node pushes what is stored
 * from then on, not the whole past to clients that never asked for it. It holds no state to rebuild, so it is no
 * read model: after a stop it goes on from its token, and a client that missed pushes reads them over REST.
 */
@Configuration(proxyBeanMethods = false)
class EntryPushConfiguration {

    private static final int BATCH_SIZE = 100;

    @Autowired
    void entryPushProcessor(EventProcessingConfigurer processing) {
        processing.registerTrackingEventProcessorConfiguration(
                EntryPush.NAME,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(BATCH_SIZE)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
