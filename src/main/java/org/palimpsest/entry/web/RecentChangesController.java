package org.palimpsest.entry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.entry.recent.RecentChange;
import org.palimpsest.entry.recent.RecentChangeFilter;
import org.palimpsest.entry.recent.RecentChangesQueries;
import org.palimpsest.system.web.BadRequestException;
import org.palimpsest.system.web.Paging;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/recent-changes")
@Tag(name = "Recent changes", description = "Every revision of every entry, newest first, and as a live stream")
class RecentChangesController {

    private final RecentChangesQueries changes;
    private final RecentChangesStreams streams;

    RecentChangesController(RecentChangesQueries changes, RecentChangesStreams streams) {
        this.changes = changes;
        this.streams = streams;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Recent changes of all entries, newest first, paged and filtered")
    PageResponse<RecentChange> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "only changes by this user") @RequestParam(required = false) String author,
            @Parameter(description = "only changes of entries on this timeline") @RequestParam(required = false)
                    String timeline,
            @Parameter(description = "only this kind: CREATE, IMPORT, EDIT, MERGE, UNDO")
                    @RequestParam(required = false)
                    String kind,
            @Parameter(description = "true: only minor changes; false: only others") @RequestParam(required = false)
                    Boolean minor,
            @Parameter(
                            description = "a change id (only the changes after it) or an ISO-8601 instant (only changes"
                                    + " made at or after it)")
                    @RequestParam(required = false)
                    String since) {
        Paging.check(page, size);
        Long afterId = null;
        Instant after = null;
        if (since != null) {
            if (since.chars().allMatch(Character::isDigit) && !since.isEmpty()) {
                afterId = changeId("since", since);
            } else {
                after = instant(since);
            }
        }
        RecentChangeFilter filter = new RecentChangeFilter(author, timeline, kind(kind), minor, afterId, after);
        return PageResponse.of(changes.newestFirst(filter, page, size), page, size, changes.count(filter));
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "Server-Sent Events: each change as it is stored, with its id as the event id; give the last"
                    + " id back as Last-Event-ID (or since) to resume right after it")
    SseEmitter stream(
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @Parameter(description = "resume after this change id (Last-Event-ID wins when both are given)")
                    @RequestParam(required = false)
                    String since) {
        long newest = changes.lastId();
        long afterId = newest;
        if (lastEventId != null) {
            afterId = changeId("Last-Event-ID", lastEventId);
        } else if (since != null) {
            afterId = changeId("since", since);
        }
        if (afterId > newest) {
            throw new BadRequestException("change " + afterId + " is not one of ours: the newest change is " + newest);
        }
        return streams.open(afterId);
    }

    private static long changeId(String name, String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty() || trimmed.length() > 18 || !trimmed.chars().allMatch(Character::isDigit)) {
            throw new BadRequestException(name + ": '" + value + "' is not a change id (a number, 0 or more)");
        }
        return Long.parseLong(trimmed);
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(
                    "since: '" + value + "' is neither a change id nor an ISO-8601 instant (2026-12-01T16:00:00Z)");
        }
    }

    private static RevisionKind kind(String value) {
        if (value == null) {
            return null;
        }
        try {
            return RevisionKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("kind: '" + value + "' is none of CREATE, IMPORT, EDIT, MERGE, UNDO");
        }
    }
}
