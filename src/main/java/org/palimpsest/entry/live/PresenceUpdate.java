package org.palimpsest.entry.live;

/** What a client says of itself on an entry: {@code state} "viewing" or "editing", and the field it edits, if any. */
record PresenceUpdate(String state, String field) {}
