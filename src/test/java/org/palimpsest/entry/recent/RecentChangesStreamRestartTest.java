package org.palimpsest.entry.recent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.support.Api;
import org.palimpsest.support.RunningApp;
import org.palimpsest.support.SseTestClient;

class RecentChangesStreamRestartTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;

    private static void revise(Api api, String id, long base) {
        assertThat(api.put(
                                "/api/entries/" + id,
                                "editor1",
                                Api.json(Map.of("baseRevision", base, "changes", Map.of("body", "Body " + base))))
                        .status())
                .isEqualTo(200);
    }

    private record Taken(List<String> changes, String lastId) {}

    private static Taken take(SseTestClient stream, int count) {
        List<String> seen = new ArrayList<>();
        String lastId = null;
        for (int i = 0; i < count; i++) {
            SseTestClient.Event event = stream.next(WAIT);
            assertThat(event).as("event " + (i + 1) + " of " + count).isNotNull();
            assertThat(event.data().get("id").asText()).isEqualTo(event.id());
            seen.add(event.data().get("entry").asText() + "@"
                    + event.data().get("revision").get("new").asLong());
            lastId = event.id();
        }
        return new Taken(seen, lastId);
    }

    @Test
    void aStreamResumedAfterARestartWithLastEventIdMissesAndRepeatsNothing() {
        String lastSeen;
        try (RunningApp app = RunningApp.embedded(dataDir)) {
            Api api = app.api();
            try (SseTestClient stream = SseTestClient.open(api.base() + "/api/recent-changes/stream?since=0")) {
                assertThat(api.post(
                                        "/api/entries",
                                        "editor1",
                                        Api.json(Map.of(
                                                "title",
                                                "Kept",
                                                "timeline",
                                                "Korean War",
                                                "date",
                                                "1950",
                                                "body",
                                                "Body")))
                                .status())
                        .isEqualTo(201);
                revise(api, "kept", 1);
                Taken taken = take(stream, 2);
                assertThat(taken.changes()).containsExactly("kept@1", "kept@2");
                lastSeen = taken.lastId();
            }
            revise(api, "kept", 2);
        }
        try (RunningApp app = RunningApp.embedded(dataDir)) {
            Api api = app.api();
            revise(api, "kept", 3);
            try (SseTestClient resumed = SseTestClient.resume(api.base() + "/api/recent-changes/stream", lastSeen)) {
                revise(api, "kept", 4);
                assertThat(take(resumed, 3).changes()).containsExactly("kept@3", "kept@4", "kept@5");
                assertThat(resumed.next(Duration.ofMillis(300))).isNull();
            }
        }
    }
}
