package org.palimpsest.system.projection;

import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.palimpsest.system.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Lists the projections and rebuilds one from the event store ({@link ProjectionRebuild}). */
@RestController
@RequestMapping(path = "/api/admin/projections", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Operations")
class ProjectionAdminController {

    private final EventProcessingConfiguration processing;
    private final ProjectionRebuild rebuild;

    ProjectionAdminController(EventProcessingConfiguration processing, ProjectionRebuild rebuild) {
        this.processing = processing;
        this.rebuild = rebuild;
    }

    /**
     * {@code caughtUp}: every segment of the projection runs without error and has read to the end of the event
     * store since its processor last started, so after a reset: the rebuild is done.
     */
    record ProjectionStatus(String name, boolean running, boolean caughtUp) {
    }

    @GetMapping
    @Operation(summary = "The projections, whether each runs and whether it has caught up with the event store")
    List<ProjectionStatus> list() {
        return processing.eventProcessors().values().stream().map(this::status).toList();
    }

    @PostMapping("/{name}/reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Empty a projection and rebuild it from the event store (ADMIN)")
    ProjectionStatus reset(@PathVariable String name) {
        EventProcessor processor = processing.eventProcessor(name).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "no projection '" + name + "'; known: " + processing.eventProcessors().keySet()));
        if (!(processor instanceof TrackingEventProcessor tracking)) {
            throw new BadRequestException("projection '" + name + "' is not a tracking processor");
        }
        rebuild.rebuild(tracking);
        return status(tracking);
    }

    private ProjectionStatus status(EventProcessor processor) {
        boolean caughtUp = processor instanceof TrackingEventProcessor tracking && rebuild.caughtUp(tracking);
        return new ProjectionStatus(processor.getName(), processor.isRunning(), caughtUp);
    }
}
