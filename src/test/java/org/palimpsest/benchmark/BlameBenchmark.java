package org.palimpsest.benchmark;

import java.util.Map;
import org.palimpsest.support.Api;
import org.palimpsest.support.RunningApp;

/**
 * Blame of a long-edited entry: a 20 KB body revised 999 times through the REST API by two editors, one word at a
 * time all over the body, every tenth revision putting back a word an earlier one replaced; then its blame read,
 * at the newest revision and at a past one.
 */
final class BlameBenchmark {

    static final String ID = "benchmark-blamed-body";
    static final int REVISIONS = 1_000;
    private static final int BODY_BYTES = 20_000;

    private final RunningApp app;

    BlameBenchmark(RunningApp app) {
        this.app = app;
    }

    /** Fills the entry; answers the blame's path. */
    String fill() {
        WordBody words = new WordBody(BODY_BYTES);
        Api api = app.api();
        Api.Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of(
                        "title",
                        "Benchmark Blamed Body",
                        "timeline",
                        BenchmarkEntries.TIMELINE,
                        "date",
                        "1950",
                        "body",
                        words.text())));
        if (created.status() != 201 || !created.json().get("id").asText().equals(ID)) {
            throw new IllegalStateException("could not create " + ID + ": " + created.status() + " " + created.text());
        }
        for (int revision = 2; revision <= REVISIONS; revision++) {
            if (revision % 10 == 0) {
                int at = (int) (((revision - 5) * 7_919L) % words.size());
                words.set(at, String.format("word%05d", at));
            } else {
                words.edit(revision);
            }
            Api.Response revised = api.put(
                    "/api/entries/" + ID,
                    revision % 2 == 0 ? "editor2" : "editor1",
                    Api.json(Map.of("baseRevision", revision - 1, "changes", Map.of("body", words.text()))));
            if (revised.status() != 200) {
                throw new IllegalStateException(
                        "revision " + revision + " of " + ID + ": " + revised.status() + " " + revised.text());
            }
        }
        return "/api/entries/" + ID + "/blame";
    }
}
