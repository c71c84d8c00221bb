package org.palimpsest.system.projection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
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

/** Lists the read models and rebuilds them from the event store ({@link ProjectionRebuild}). */
@RestController
@RequestMapping(path = "/api/admin/projections", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Operations")
class ProjectionAdminController {

    private final EventProcessingConfiguration processing;
    private final ProjectionRebuild rebuild;
    private final List<ReadModel> readModels;

    ProjectionAdminController(
            EventProcessingConfiguration processing, ProjectionRebuild rebuild, List<ReadModel> readModels) {
        this.processing = processing;
        this.rebuild = rebuild;
        this.readModels = readModels;
    }

    /**
     * {@code processor}: the tracking processor that keeps the read model (and the others that share it);
     * {@code caughtUp}: every segment of it runs without error and has read to the end of the event store since it
     * last started, so after a reset: the rebuild is done.
     */
    record ProjectionStatus(String name, String processor, boolean running, boolean caughtUp) {}

    @GetMapping
    @Operation(summary = "The read models, whether each one's processor runs and whether it has caught up (ADMIN)")
    List<ProjectionStatus> list() {
        return readModels.stream().map(model -> status(model.name())).toList();
    }

    @PostMapping("/{name}/reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Empty a read model and rebuild it from the event store, with the read models that share "
                    + "its processor (ADMIN)")
    List<ProjectionStatus> reset(@PathVariable String name) {
        EventProcessor processor = processor(name)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "no read model '" + name + "'; known: "
                                + readModels.stream().map(ReadModel::name).toList()));
        if (!(processor instanceof TrackingEventProcessor tracking)) {
            throw new BadRequestException("read model '" + name + "' is not kept by a tracking processor");
        }
        rebuild.rebuild(tracking);
        return readModels.stream()
                .filter(model ->
                        processor(model.name()).filter(processor::equals).isPresent())
                .map(model -> status(model.name()))
                .toList();
    }

    private Optional<EventProcessor> processor(String readModel) {
        if (readModels.stream().noneMatch(model -> model.name().equals(readModel))) {
            return Optional.empty();
        }
        return processing.eventProcessorByProcessingGroup(readModel);
    }

    private ProjectionStatus status(String readModel) {
        EventProcessor processor = processor(readModel).orElseThrow();
        boolean caughtUp = processor instanceof TrackingEventProcessor tracking && rebuild.caughtUp(tracking);
        return new ProjectionStatus(readModel, processor.getName(), processor.isRunning(), caughtUp);
    }
}
