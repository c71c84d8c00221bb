package org.palimpsest.system.projection;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Every event processor stores its projections' writes once per batch ({@link ProjectionWrites}). */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    @Autowired
    void batchWrites(EventProcessingConfigurer processing, ProjectionWrites writes) {
        BatchWritesInterceptor interceptor = new BatchWritesInterceptor(writes);
        processing.registerDefaultHandlerInterceptor((configuration, processor) -> interceptor);
    }
}
