package org.palimpsest.entry.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/entries/{id}/rollback}. */
record RollbackRequest(
        @Schema(
                description = "whose newest revisions are taken back",
                example = "editor2",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String author,

        @Schema(description = "defaults to \"Roll back edits by AUTHOR to revision N by OTHER\"", example = "Vandalism")
        String summary) {}
