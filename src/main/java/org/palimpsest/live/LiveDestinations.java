package org.palimpsest.live;

/** The STOMP destinations of docs/api.md, as patterns for the security rules. */
public final class LiveDestinations {

    /**
     * An entry id as one segment of a destination: letters, digits, hyphens (what entry ids are made of), at least
     * one; so no wildcard a broker would expand ({@code *}, {@code #}) and no dot, which a relay's broker reads as a
     * separator.
     */
    private static final String ENTRY_ID = "{id:(?U)[\\w-]+}";

    public static final String ENTRY_TOPIC_PATTERN = "/topic/entries/" + ENTRY_ID;
    public static final String PRESENCE_TOPIC_PATTERN = "/topic/entries/" + ENTRY_ID + "/presence";
    public static final String RECENT_CHANGES_TOPIC = "/topic/recent-changes";
    public static final String PRESENCE_SEND_PATTERN = "/app/entries/" + ENTRY_ID + "/presence";

    private LiveDestinations() {}

    public static String entryTopic(String entryId) {
        return "/topic/entries/" + entryId;
    }

    public static String presenceTopic(String entryId) {
        return entryTopic(entryId) + "/presence";
    }
}
