package org.palimpsest.entry.web;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What an author-wide rollback did to one entry. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "outcome")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RollbackOutcome.RolledBack.class, name = "rolled-back"),
    @JsonSubTypes.Type(value = RollbackOutcome.Skipped.class, name = "skipped")
})
sealed interface RollbackOutcome {

    String id();

    /** The author's newest revisions were taken back in {@code revision}. */
    record RolledBack(String id, long revision) implements RollbackOutcome {}

    /** Nothing was recorded: {@code reason} is a code ("alreadyrolled", "onlyauthor", "nochange"). */
    record Skipped(String id, String reason, String detail) implements RollbackOutcome {}
}
