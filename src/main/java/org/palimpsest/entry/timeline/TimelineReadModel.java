package org.palimpsest.entry.timeline;

import java.util.List;
import org.palimpsest.system.projection.ReadModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The timeline-order read model: one document per entry in "timeline_entries", and in "timeline_places" the
 * spans of time each entry held each of its places, for timelines as they stood.
 */
@Configuration(proxyBeanMethods = false)
class TimelineReadModel {

    static final String NAME = "timelines";
    static final String COLLECTION = "timeline_entries";
    static final String PLACES = "timeline_places";
    static final ReadModel MODEL = new ReadModel(NAME, List.of(COLLECTION, PLACES), true);

    @Bean
    ReadModel timelinesDeclared() {
        return MODEL;
    }
}
