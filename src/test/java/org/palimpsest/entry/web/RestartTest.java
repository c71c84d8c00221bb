package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.support.Api;
import org.palimpsest.support.RunningApp;

class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsEntriesHistoryAndNumbering() {
        JsonNode entryBefore;
        JsonNode historyBefore;
        try (RunningApp app = RunningApp.embedded(dataDir)) {
            Api api = app.api();
            api.post(
                    "/api/entries",
                    "editor1",
                    Api.json(Map.of(
                            "title",
                            "Kept",
                            "timeline",
                            "Korean War",
                            "date",
                            "216 BCE Aug 2",
                            "body",
                            "one ελληνικά 😀")));
            for (int base = 1; base <= 120; base++) {
                assertThat(api.put(
                                        "/api/entries/kept",
                                        "editor2",
                                        Api.json(Map.of(
                                                "baseRevision",
                                                base,
                                                "changes",
                                                Map.of("body", "one ελληνικά 😀 " + base))))
                                .status())
                        .isEqualTo(200);
            }
            entryBefore = api.get("/api/entries/kept").json();
            historyBefore = api.get("/api/entries/kept/revisions?size=1000").json();
        }

        try (RunningApp app = RunningApp.embedded(dataDir)) {
            Api api = app.api();
            assertThat(api.get("/api/entries/kept").json()).isEqualTo(entryBefore);
            assertThat(api.get("/api/entries/kept/revisions?size=1000").json()).isEqualTo(historyBefore);
            assertThat(api.get("/api/entries/kept/revisions/77")
                            .json()
                            .get("body")
                            .asText())
                    .isEqualTo("one ελληνικά 😀 76");
            var next = api.put(
                    "/api/entries/kept",
                    "editor1",
                    Api.json(Map.of("baseRevision", 121, "changes", Map.of("title", "Kept after restart"))));
            assertThat(next.status()).as(next.text()).isEqualTo(200);
            assertThat(next.json().get("revision").asLong()).isEqualTo(122);
            assertThat(next.json().get("body").asText()).isEqualTo("one ελληνικά 😀 120");
        }
    }
}
