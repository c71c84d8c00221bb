package org.palimpsest.system.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * "projections" in /actuator/health: for each processor the read models it keeps, whether it runs, whether it has caught up with
 * the event store, and how far behind it is ({@code behindMs}: 0 once caught up; before that, the time since the point
 * its token has reached, so it grows while the processor has events left to read). DOWN when a processor is stopped
 * or failing.
 */
@Component("projections")
class ProjectionsHealth extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;
    private final ProjectionRebuild rebuild;
    private final List<ReadModel> readModels;

    ProjectionsHealth(EventProcessingConfiguration processing, ProjectionRebuild rebuild, List<ReadModel> readModels) {
        super("the projections' state cannot be read");
        this.processing = processing;
        this.rebuild = rebuild;
        this.readModels = readModels;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Instant now = Instant.now();
        boolean allRunning = true;
        for (EventProcessor processor : processing.eventProcessors().values()) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put(
                    "readModels",
                    readModels.stream()
                            .map(ReadModel::name)
                            .filter(name -> processing
                                    .eventProcessorByProcessingGroup(name)
                                    .filter(processor::equals)
                                    .isPresent())
                            .toList());
            boolean failing = false;
            long behindMs = 0;
            if (processor instanceof TrackingEventProcessor tracking) {
                state.put("caughtUp", rebuild.caughtUp(tracking));
                for (EventTrackerStatus status : tracking.processingStatus().values()) {
                    failing |= status.isErrorState();
                    Instant reached = timestamp(status.getTrackingToken());
                    if (!status.isCaughtUp() && reached != null && reached.isBefore(now)) {
                        behindMs = Math.max(
                                behindMs, Duration.between(reached, now).toMillis());
                    }
                }
                state.put("behindMs", behindMs);
            }
            state.put("running", processor.isRunning());
            state.put("failing", failing);
            allRunning &= processor.isRunning() && !failing;
            health.withDetail(processor.getName(), state);
        }
        if (allRunning) {
            health.up();
        } else {
            health.down();
        }
    }

    private static Instant timestamp(TrackingToken token) {
        return token instanceof MongoTrackingToken mongo ? mongo.getTimestamp() : null;
    }
}
