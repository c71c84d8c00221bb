package org.palimpsest.entry.recent;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.palimpsest.entry.api.RevisionKind;

/**
 * One revision of any entry, in the spirit of Wikimedia's EventStreams "recentchange": {@code id} numbers the
 * changes in the order they were stored (the SSE stream's {@code id:}), {@code type} is "new" for revision 1 and
 * "edit" after it; {@code length} in UTF-8 bytes.
 */
public record RecentChange(
        long id,
        String type,
        String entry,
        String title,
        String timeline,
        String user,
        String comment,
        RevisionKind kind,
        boolean minor,
        Pair length,
        Pair revision,
        Instant timestamp) {

    public static final String NEW = "new";
    public static final String EDIT = "edit";

    /** Before and after; {@code old} is null for a new entry. */
    public record Pair(
            @JsonProperty("old") Long old,
            @JsonProperty("new") long current) {}
}
