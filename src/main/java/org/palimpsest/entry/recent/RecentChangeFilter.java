package org.palimpsest.entry.recent;

import java.time.Instant;
import org.palimpsest.entry.api.RevisionKind;

/** Which recent changes a listing shows; null: any. {@code afterId} and {@code since} both exclude older ones. */
public record RecentChangeFilter(
        String user, String timeline, RevisionKind kind, Boolean minor, Long afterId, Instant since) {

    public static final RecentChangeFilter ALL = new RecentChangeFilter(null, null, null, null, null, null);

    boolean isAll() {
        return equals(ALL);
    }
}
