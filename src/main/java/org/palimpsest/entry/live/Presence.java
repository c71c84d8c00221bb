package org.palimpsest.entry.live;

import java.time.Instant;

/** One user on an entry, as {@code /topic/entries/{id}/presence} lists them: since when in this state. */
public record Presence(String user, String state, String field, Instant since) {

    static final String VIEWING = "viewing";
    static final String EDITING = "editing";
}
