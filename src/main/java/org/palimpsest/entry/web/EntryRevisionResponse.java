package org.palimpsest.entry.web;

import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.history.RevisionSummary;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The whole entry as it was at one revision, with that revision's line of history. */
record EntryRevisionResponse(String id, long revision, RevisionSummary history, @JsonUnwrapped EntryContent content) {

    static EntryRevisionResponse of(String id, RevisionSummary summary, EntryContent content) {
        return new EntryRevisionResponse(id, summary.revision(), summary, content);
    }
}
