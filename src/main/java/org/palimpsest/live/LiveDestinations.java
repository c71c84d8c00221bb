package org.palimpsest.live;

/** The STOMP destinations of docs/api.md, as patterns for the security rules. */
public final class LiveDestinations {

    public static final String ENTRY_TOPIC_PATTERN = "/topic/entries/*";
    public static final String PRESENCE_TOPIC_PATTERN = "/topic/entries/*/presence";
    public static final String RECENT_CHANGES_TOPIC = "/topic/recent-changes";
    public static final String PRESENCE_SEND_PATTERN = "/app/entries/*/presence";

    private LiveDestinations() {}

    public static String entryTopic(String entryId) {
        return "/topic/entries/" + entryId;
    }

    public static String presenceTopic(String entryId) {
        return entryTopic(entryId) + "/presence";
    }
}
