package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.entry.blame.BlameQueries;
import org.palimpsest.support.Api;
import org.palimpsest.support.RunningApp;

/**
 * The blame read model keeps each entry's paragraphs and sentences seen in memory and stores what each revision saw
 * first: after a restart, text that comes back is still credited to whoever first wrote it, whether it was first seen
 * long before (revision 2, before the blame's first checkpoint after it) or just before (two revisions after that
 * checkpoint), also in a store written when "blame_entries" held the whole set.
 */
class BlameRestartTest {

    private static final String ID = "battle-of-inchon";
    private static final String OPENING = "The landing began at dawn.";
    private static final String TIDE = " The tide fell fast.";
    private static final String SEAWALLS = " Seawalls were scaled.";
    /** The revision after the blame's first checkpoint past revision 1. */
    private static final int PAST_CHECKPOINT = BlameQueries.CHECKPOINT_EVERY + 2;

    @TempDir
    Path dataDir;

    @Test
    void textThatComesBackAfterARestartIsCreditedToItsFirstAuthor() {
        try (RunningApp app = RunningApp.embedded(dataDir)) {
            Api api = app.api();
            create(api, OPENING);
            revise(api, "editor2", 2, OPENING + TIDE);
            for (int revision = 3; revision <= PAST_CHECKPOINT; revision++) {
                revise(api, "editor1", revision, counted(revision));
            }
            revise(api, "editor2", PAST_CHECKPOINT + 1, counted(PAST_CHECKPOINT) + SEAWALLS);
            revise(api, "editor1", PAST_CHECKPOINT + 2, counted(PAST_CHECKPOINT));
            revise(api, "editor1", PAST_CHECKPOINT + 3, counted(PAST_CHECKPOINT + 3));
            assertThat(api.get("/api/entries/" + ID + "/blame?minRevision=" + (PAST_CHECKPOINT + 3))
                            .status())
                    .isEqualTo(200);
        }

        try (RunningApp app = RunningApp.embedded(dataDir)) {
            Api api = app.api();
            revise(api, "editor1", PAST_CHECKPOINT + 4, counted(PAST_CHECKPOINT + 3) + TIDE + SEAWALLS);

            Api.Response blame = api.get("/api/entries/" + ID + "/blame?minRevision=" + (PAST_CHECKPOINT + 4));
            assertThat(blame.status()).as(blame.text()).isEqualTo(200);
            assertThat(spans(blame.json()))
                    .startsWith(OPENING + "|1|editor1")
                    .contains(TIDE.strip() + "|2|editor2", SEAWALLS.strip() + "|" + (PAST_CHECKPOINT + 1) + "|editor2");
            StringBuilder joined = new StringBuilder();
            blame.json()
                    .get("spans")
                    .forEach(span -> joined.append(span.get("text").asText()));
            assertThat(joined.toString()).isEqualTo(counted(PAST_CHECKPOINT + 3) + TIDE + SEAWALLS);
        }
    }

    @Test
    void aStoreThatKeptTheWholeSetInTheEntrysDocumentGoesOnCreditingFromIt() {
        try (RunningApp app = RunningApp.embedded(dataDir)) {
            Api api = app.api();
            create(api, OPENING + TIDE);
            assertThat(api.get("/api/entries/" + ID + "/blame?minRevision=1").status())
                    .isEqualTo(200);
            MongoDatabase database = app.bean(MongoDatabase.class);
            Document first = database.getCollection("blame_revisions")
                    .find(Filters.eq("_id", ID + "#1"))
                    .first();
            database.getCollection("blame_entries")
                    .updateOne(
                            Filters.eq("_id", ID),
                            Updates.combine(Updates.set("seen", first.get("seen")), Updates.unset("seenFrom")));
            database.getCollection("blame_revisions").updateOne(Filters.eq("_id", ID + "#1"), Updates.unset("seen"));
        }
        try (RunningApp app = RunningApp.embedded(dataDir)) {
            revise(app.api(), "editor2", 2, OPENING);
            assertThat(app.api()
                            .get("/api/entries/" + ID + "/blame?minRevision=2")
                            .status())
                    .isEqualTo(200);
        }

        try (RunningApp app = RunningApp.embedded(dataDir)) {
            Api api = app.api();
            revise(api, "editor2", 3, OPENING + TIDE);

            Api.Response blame = api.get("/api/entries/" + ID + "/blame?minRevision=3");
            assertThat(blame.status()).as(blame.text()).isEqualTo(200);
            assertThat(spans(blame.json())).containsExactly(OPENING + TIDE + "|1|editor1");
        }
    }

    private static void create(Api api, String body) {
        Api.Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of(
                        "title", "Battle of Inchon", "timeline", "Korean War", "date", "1950 Sep 15", "body", body)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("id").asText()).isEqualTo(ID);
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
