package org.palimpsest.system.projection;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Every projection is a tracking processor that reads 100 events a batch and stores its writes once per batch
 * ({@link ProjectionWrites}).
 */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    private static final int BATCH_SIZE = 100;

    /**
     * A processor without a token starts at the tail with a plain token, not Axon's default replay token, whose
     * bookkeeping with axon-mongo's tokens costs more with every event read (see {@link ProjectionRebuild}).
     */
    @Autowired
    void trackingProcessors(EventProcessingConfigurer processing) {
        processing.usingTrackingEventProcessors();
        processing.registerTrackingEventProcessorConfiguration(configuration -> TrackingEventProcessorConfiguration
                .forSingleThreadedProcessing()
                .andBatchSize(BATCH_SIZE)
                .andInitialTrackingToken(source -> null));
    }

    @Autowired
    void batchWrites(EventProcessingConfigurer processing, ProjectionWrites writes) {
        BatchWritesInterceptor interceptor = new BatchWritesInterceptor(writes);
        processing.registerDefaultHandlerInterceptor((configuration, processor) -> interceptor);
    }
}
