package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.support.Api;
import org.palimpsest.support.RunningApp;

/**
 * The blame read model stores, beside each entry's spans, the paragraphs and sentences it has seen: after a restart,
 * text that comes back is still credited to whoever first wrote it, whether it was first seen long before (revision
 * 2, before the blame's checkpoint at 51) or just before (revision 53).
 */
class BlameRestartTest {

    private static final String ID = "battle-of-inchon";
    private static final String OPENING = "The landing began at dawn.";
    private static final String TIDE = " The tide fell fast.";
    private static final String SEAWALLS = " Seawalls were scaled.";

    @TempDir
    Path dataDir;

    @Test
    void textThatComesBackAfterARestartIsCreditedToItsFirstAuthor() {
        try (RunningApp app = RunningApp.embedded(dataDir)) {
            Api api = app.api();
            Api.Response created = api.post(
                    "/api/entries",
                    "editor1",
                    Api.json(Map.of(
                            "title",
                            "Battle of Inchon",
                            "timeline",
                            "Korean War",
                            "date",
                            "1950 Sep 15",
                            "body",
                            OPENING)));
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            revise(api, "editor2", 2, OPENING + TIDE);
            for (int revision = 3; revision <= 52; revision++) {
                revise(api, "editor1", revision, counted(revision));
            }
            revise(api, "editor2", 53, counted(52) + SEAWALLS);
            revise(api, "editor1", 54, counted(52));
            revise(api, "editor1", 55, counted(55));
            assertThat(api.get("/api/entries/" + ID + "/blame?minRevision=55").status())
                    .isEqualTo(200);
        }

        try (RunningApp app = RunningApp.embedded(dataDir)) {
            Api api = app.api();
            revise(api, "editor1", 56, counted(55) + TIDE + SEAWALLS);

            Api.Response blame = api.get("/api/entries/" + ID + "/blame?minRevision=56");
            assertThat(blame.status()).as(blame.text()).isEqualTo(200);
            assertThat(spans(blame.json()))
                    .startsWith(OPENING + "|1|editor1")
                    .contains(TIDE.strip() + "|2|editor2", SEAWALLS.strip() + "|53|editor2");
            StringBuilder joined = new StringBuilder();
            blame.json()
                    .get("spans")
                    .forEach(span -> joined.append(span.get("text").asText()));
            assertThat(joined.toString()).isEqualTo(counted(55) + TIDE + SEAWALLS);
        }
    }

    private static String counted(int revision) {
        return OPENING + " Count " + revision + ".";
    }

    private static void revise(Api api, String author, long revision, String body) {
        Api.Response revised = api.put(
                "/api/entries/" + ID,
                author,
                Api.json(Map.of("baseRevision", revision - 1, "changes", Map.of("body", body))));
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
        assertThat(revised.json().get("revision").asLong()).isEqualTo(revision);
    }

    private static List<String> spans(JsonNode blame) {
        List<String> spans = new ArrayList<>();
        blame.get("spans")
                .forEach(span -> spans.add(
                        span.get("text").asText() + "|" + span.get("revision").asLong() + "|"
                                + span.get("author").asText()));
        return spans;
    }
}
