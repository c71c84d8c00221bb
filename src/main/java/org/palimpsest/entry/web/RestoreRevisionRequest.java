package org.palimpsest.entry.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/entries/{id}/restore}. */
record RestoreRevisionRequest(
        @Schema(
                description = "the revision whose content comes back",
                example = "3",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Long revision,

        @Schema(description = "defaults to \"Restore revision N\"", example = "Back to the sourced version")
        String summary) {}
