package org.palimpsest.entry.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The optional body of {@code POST /api/entries/{id}/revisions/{revision}/undo}. */
record UndoRevisionRequest(
        @Schema(description = "defaults to \"Undo revision N by AUTHOR\"", example = "Undo vandalism")
        String summary) {}
