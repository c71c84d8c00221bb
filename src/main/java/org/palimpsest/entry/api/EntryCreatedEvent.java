package org.palimpsest.entry.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Revision 1 of an entry: its whole content, who made it and how. {@code sourceUpdated} is the "Last Updated"
 * date of an imported page, {@code importKey} the page's {@link ImportKey} (null unless imported). Revision 2 of
 * this event added {@code importKey}; stored revision-1 events get it from {@code EntryCreatedEventUpcaster}.
 */
@Revision("2")
public record EntryCreatedEvent(
        String entryId,
        EntryContent content,
        RevisionKind kind,
        String author,
        Instant at,
        String summary,
        int size,
        LocalDate sourceUpdated,
        String importKey) {

    public long revision() {
        return 1;
    }
}
