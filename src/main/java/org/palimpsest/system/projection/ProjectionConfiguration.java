package org.palimpsest.system.projection;

import java.util.List;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The read models' projections share one tracking processor, {@value #READ_MODELS}, which reads 100 events a batch
 * and stores its writes once per batch ({@link ProjectionWrites}): one fetch of events and one token write per batch
 * for all of them, where a processor each cost one of each per read model. Each projection keeps its own processing
 * group (named for its read model); one that declares a processor of its own ({@link ReadModel#ownProcessor()}) gets
 * one of that name, so that the others' lag does not wait for its work ({@link ProcessorTokenHandOver} starts it
 * where the shared one stood).
 */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    static final String READ_MODELS = "read-models";
    private static final int BATCH_SIZE = 100;

    @Autowired
    void readModelsShareOneProcessor(EventProcessingConfigurer processing, List<ReadModel> readModels) {
        readModels.forEach(model ->
                processing.assignProcessingGroup(model.name(), model.ownProcessor() ? model.name() : READ_MODELS));
    }

    /**
     * A processor without a token starts at the tail with a plain token, not Axon's default replay token, whose
     * bookkeeping with axon-mongo's tokens costs more with every event read (see {@link ProjectionRebuild}).
     */
    @Autowired
    void trackingProcessors(EventProcessingConfigurer processing) {
        processing.usingTrackingEventProcessors();
        processing.registerTrackingEventProcessorConfiguration(
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(BATCH_SIZE)
                        .andInitialTrackingToken(source -> null));
    }

    @Autowired
    void batchWrites(EventProcessingConfigurer processing, ProjectionWrites writes) {
        BatchWritesInterceptor interceptor = new BatchWritesInterceptor(writes);
        processing.registerDefaultHandlerInterceptor((configuration, processor) -> interceptor);
    }
}
