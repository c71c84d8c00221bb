package org.palimpsest.entry.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code PUT /api/entries/{id}}. */
record ReviseEntryRequest(
        @Schema(
                description = "the revision the edit was made on",
                example = "1",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Long baseRevision,

        @Schema(
                description = "only the fields that change: title, timeline, date, location, image, body, sources; "
                        + "location or image set to null removes it",
                example = "{\"body\": \"New text\"}",
                requiredMode = Schema.RequiredMode.REQUIRED)
        ObjectNode changes,

        String summary,
        Boolean minor) {}
