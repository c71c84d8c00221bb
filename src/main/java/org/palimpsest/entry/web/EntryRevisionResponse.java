package org.palimpsest.entry.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.history.RevisionSummary;

/** The whole entry as it was at one revision, with that revision's line of history. */
record EntryRevisionResponse(
        String id,
        long revision,
        RevisionSummary history,
        @JsonUnwrapped EntryContent content) {

    static EntryRevisionResponse of(String id, RevisionSummary summary, EntryContent content) {
        return new EntryRevisionResponse(id, summary.revision(), summary, content);
    }
}
