package org.palimpsest.entry.live;

import static org.palimpsest.support.StompTestClient.next;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/** Presence lists as the tests read them: "user:state[:field]" per user, in the pushed order. */
final class PresenceLists {

    private PresenceLists() {}

    static List<String> users(JsonNode list) {
        List<String> users = new ArrayList<>();
        list.forEach(presence -> users.add(presence.get("user").asText() + ":"
                + presence.get("state").asText()
                + (presence.get("field").isNull()
                        ? ""
                        : ":" + presence.get("field").asText())));
        return users;
    }

    /**
     * The first list equal to {@code expected} within {@code wait}, or the last one seen (a subscriber may get the
     * same list twice, and lists on the way), or null if none came.
     */
    static List<String> nextList(BlockingQueue<JsonNode> queue, List<String> expected, Duration wait) {
        List<String> seen = null;
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode list = next(queue, Duration.ofMillis(Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            if (list == null) {
                break;
            }
            seen = users(list);
            if (seen.equals(expected)) {
                return seen;
            }
        }
        return seen;
    }
}
