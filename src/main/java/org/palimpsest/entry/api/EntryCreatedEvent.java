package org.palimpsest.entry.api;

import java.time.Instant;
import java.time.LocalDate;

/** Revision 1 of an entry: its whole content, who made it and how. */
public record EntryCreatedEvent(String entryId, EntryContent content, RevisionKind kind, String author, Instant at,
                                String summary, int size, LocalDate sourceUpdated) {

    public long revision() {
        return 1;
    }
}
