package org.palimpsest.entry.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palimpsest.support.StompTestClient.next;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;
import org.palimpsest.support.StompTestClient;

class ReconnectCatchUpTest extends AppPerClass {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration QUIET = Duration.ofSeconds(1);

    /** The revisions a client holds, as docs/api.md tells it to keep them: each once, in order, a gap noted. */
    private static final class Held {

        private final List<Long> revisions = new ArrayList<>();
        private final List<String> gaps = new ArrayList<>();

        void take(long revision) {
            long last = revisions.isEmpty() ? 0 : revisions.get(revisions.size() - 1);
            if (revision <= last) {
                return;
            }
            if (revision != last + 1) {
                gaps.add("after " + last + " came " + revision);
            }
            revisions.add(revision);
        }

        long last() {
            return revisions.get(revisions.size() - 1);
        }
    }

    private static long revise(String id, long base) {
        Response revised = EntryTopicTest.revise(
                api, "editor1", id, base, Map.of("body", "The bridgehead held, day " + base + "."));
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
        return revised.json().get("revision").asLong();
    }

    private static List<Long> revisions(BlockingQueue<JsonNode> pushed) {
        List<Long> revisions = new ArrayList<>();
        for (JsonNode message = next(pushed, QUIET); message != null; message = next(pushed, QUIET)) {
            revisions.add(message.get("revision").asLong());
        }
        return revisions;
    }

    private static List<Long> range(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    @Test
    void aClientThatReconnectsSubscribesThenReadsWhatItMissedAndHoldsEveryRevisionOnce() {
        String id = EntryTopicTest.create(api, "Pusan Perimeter", "The bridgehead held.");
        Held held = new Held();
        held.take(1);

        try (StompTestClient before = StompTestClient.connect(api.base(), null)) {
            BlockingQueue<JsonNode> pushed = before.subscribe("/topic/entries/" + id);
            revise(id, revise(id, 1));
            List<Long> seen = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                seen.add(next(pushed, WAIT).get("revision").asLong());
            }
            assertThat(seen).containsExactly(2L, 3L);
            seen.forEach(held::take);
        }
        long lastSeen = held.last();
        long head = lastSeen;
        for (int i = 0; i < 3; i++) {
            head = revise(id, head);
        }

        try (StompTestClient after = StompTestClient.connect(api.base(), null)) {
            BlockingQueue<JsonNode> pushed = after.subscribe("/topic/entries/" + id);
            long inTheWindow = revise(id, head);
            JsonNode catchUp = api.get("/api/entries/" + id + "/revisions?since=" + lastSeen)
                    .json();
            long afterTheAnswer = revise(id, inTheWindow);

            List<Long> caughtUp = new ArrayList<>();
            catchUp.get("content")
                    .forEach(line -> caughtUp.add(line.get("revision").asLong()));
            List<Long> pushedSince = revisions(pushed);

            assertThat(caughtUp)
                    .as("the catch-up answer")
                    .isEqualTo(range(lastSeen + 1, caughtUp.get(caughtUp.size() - 1)));
            assertThat(caughtUp).as("the catch-up answer").containsSubsequence(4L, 5L, 6L);
            assertThat(pushedSince).as("pushes once resubscribed").containsSubsequence(inTheWindow, afterTheAnswer);
            caughtUp.forEach(held::take);
            pushedSince.forEach(held::take);
            assertThat(held.gaps).isEmpty();
            assertThat(held.revisions).isEqualTo(range(1, afterTheAnswer));
            assertThat(afterTheAnswer).isEqualTo(8);
        }
    }
}
