package org.palimpsest.entry.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryState;
import org.palimpsest.entry.article.ArticleView;
import org.palimpsest.entry.history.PastEntry;

/**
 * An entry as the API shows it: its revision, then every field of the model at the top level, then who and when;
 * {@code "merged": true} only on the answer to a stale edit that was merged with the revisions since its base.
 */
record EntryResponse(
        String id,
        long revision,
        @JsonUnwrapped EntryContent content,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        LocalDate sourceUpdated,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean merged) {

    static EntryResponse of(ArticleView view) {
        return new EntryResponse(
                view.id(),
                view.revision(),
                view.content(),
                view.createdAt(),
                view.createdBy(),
                view.updatedAt(),
                view.updatedBy(),
                view.sourceUpdated(),
                false);
    }

    /** {@code sourceUpdated} is not in the history; it is the imported page's date, set once at creation. */
    static EntryResponse of(String id, PastEntry past, LocalDate sourceUpdated) {
        return new EntryResponse(
                id,
                past.revision().revision(),
                past.content(),
                past.created().timestamp(),
                past.created().author(),
                past.revision().timestamp(),
                past.revision().author(),
                sourceUpdated,
                false);
    }

    static EntryResponse of(EntryState state) {
        return new EntryResponse(
                state.entryId(),
                state.revision(),
                state.content(),
                state.createdAt(),
                state.createdBy(),
                state.updatedAt(),
                state.updatedBy(),
                state.sourceUpdated(),
                state.merged());
    }
}
