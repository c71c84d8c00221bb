package org.palimpsest.entry.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The optional body of {@code POST /api/authors/{name}/rollback}. */
record AuthorRollbackRequest(
        @Schema(description = "one summary for every rollback; defaults to each entry's own", example = "Vandalism")
        String summary) {}
