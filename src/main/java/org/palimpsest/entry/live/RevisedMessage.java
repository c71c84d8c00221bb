package org.palimpsest.entry.live;

import java.time.Instant;
import java.util.List;
import org.palimpsest.entry.api.RevisionKind;

/**
 * What {@code /topic/entries/{id}} carries for each stored revision: the revision's line of history and its diff
 * against the revision before ({@code GET /api/entries/{id}/diff}'s shape; revision 1 against itself, no fields).
 */
public record RevisedMessage(
        String type,
        String entryId,
        long revision,
        RevisionKind kind,
        String author,
        String summary,
        boolean minor,
        Instant timestamp,
        List<String> changedFields,
        int sizeDelta,
        RevisionDiff diff) {

    static final String TYPE = "revised";
}
