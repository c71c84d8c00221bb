package org.palimpsest.entry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.palimpsest.entry.timeline.TimelineEntry;
import org.palimpsest.entry.timeline.TimelinePlace;
import org.palimpsest.entry.timeline.TimelineQueries;
import org.palimpsest.entry.timeline.TimelineSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping(path = "/api/timelines", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Timelines", description = "Timelines and their entries in historical order")
class TimelineController {

    private final TimelineQueries timelines;

    TimelineController(TimelineQueries timelines) {
        this.timelines = timelines;
    }

    @GetMapping
    @Operation(summary = "Every timeline with its number of entries and the dates it spans")
    List<TimelineSummary> list() {
        return timelines.timelines();
    }

    @GetMapping("/{name}")
    @Operation(
            summary = "A timeline's entries in historical order: BCE before CE, coarser dates first "
                    + "within a year, ties by title")
    List<TimelineEntry> entries(@PathVariable String name) {
        List<TimelineEntry> entries = timelines.entries(name);
        if (entries.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no timeline named '" + name + "'");
        }
        return entries;
    }

    @GetMapping(path = "/{name}", params = "asOf")
    @Operation(
            summary = "A timeline as it stood at an instant: the entries on it then, with the title and date they "
                    + "had then, in the same order",
            description = "Each place says since when (and from which revision) the entry held it, and until when "
                    + "if it has left it since; 404 if the timeline had no entries then.")
    List<TimelinePlace> entriesAsOf(
            @PathVariable String name, @Parameter(description = AsOf.DESCRIPTION) @RequestParam String asOf) {
        Instant instant = AsOf.parse(asOf);
        List<TimelinePlace> places = timelines.entriesAsOf(name, instant);
        if (places.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "no timeline named '" + name + "' as of " + instant);
        }
        return places;
    }
}
