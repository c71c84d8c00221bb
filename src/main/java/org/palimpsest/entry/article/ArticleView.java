package org.palimpsest.entry.article;

import java.time.Instant;
import java.time.LocalDate;
import org.palimpsest.entry.api.EntryContent;

/** An entry as it stands now, with who made it and who changed it last. */
public record ArticleView(
        String id,
        long revision,
        EntryContent content,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        LocalDate sourceUpdated) {}
