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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Rebuilds a projection from the event store: its reset handler empties it, then it replays every event. */
@RestController
@RequestMapping(path = "/api/admin/projections", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Operations")
class ProjectionAdminController {

    private final EventProcessingConfiguration processing;

    ProjectionAdminController(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    record ProjectionStatus(String name, boolean running, boolean replaying) {
    }

    @GetMapping
    @Operation(summary = "The projections and whether each is replaying")
    List<ProjectionStatus> list() {
        return processing.eventProcessors().values().stream().map(ProjectionAdminController::status).toList();
    }

    @PostMapping("/{name}/reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Empty a projection and rebuild it from the event store (ADMIN)")
    ProjectionStatus reset(@PathVariable String name) {
        EventProcessor processor = processing.eventProcessor(name).orElseThrow(() -> new BadRequestException(
                "no projection '" + name + "'; known: " + processing.eventProcessors().keySet()));
        if (!(processor instanceof TrackingEventProcessor tracking)) {
            throw new BadRequestException("projection '" + name + "' is not a tracking processor");
        }
        tracking.shutDown();
        tracking.resetTokens();
        tracking.start();
        return status(tracking);
    }

    private static ProjectionStatus status(EventProcessor processor) {
        boolean replaying = processor instanceof TrackingEventProcessor tracking && tracking.isReplaying();
        return new ProjectionStatus(processor.getName(), processor.isRunning(), replaying);
    }
}
