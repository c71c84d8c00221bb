package org.palimpsest.benchmark;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.RawBsonDocument;
import org.palimpsest.support.Api;
import org.palimpsest.support.RunningApp;

/**
 * What one small edit of a long entry costs the event store: an entry with a 20 KB body is revised through
 * the REST API, one word at a time at different places, and its stored event documents are weighed.
 */
final class EventSizeBenchmark {

    record Sizes(double createBytes, List<Double> reviseBytes) {}

    static final String ID = "benchmark-long-body";
    private static final int BODY_BYTES = 20_000;

    private final RunningApp app;

    EventSizeBenchmark(RunningApp app) {
        this.app = app;
    }

    Sizes measure(int edits) {
        WordBody words = new WordBody(BODY_BYTES);
        Api api = app.api();
        Api.Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of(
                        "title",
                        "Benchmark Long Body",
                        "timeline",
                        BenchmarkEntries.TIMELINE,
                        "date",
                        "1950",
                        "body",
                        words.text())));
        if (created.status() != 201 || !created.json().get("id").asText().equals(ID)) {
            throw new IllegalStateException("could not create " + ID + ": " + created.status() + " " + created.text());
        }
        for (int edit = 0; edit < edits; edit++) {
            int at = (int) ((long) words.size() * edit / edits + words.size() / (2L * edits));
            words.set(at, "edited" + edit);
            Api.Response revised = api.put(
                    "/api/entries/" + ID,
                    "editor2",
                    Api.json(Map.of("baseRevision", edit + 1, "changes", Map.of("body", words.text()))));
            if (revised.status() != 200) {
                throw new IllegalStateException(
                        "edit " + edit + " of " + ID + ": " + revised.status() + " " + revised.text());
            }
        }
        return weigh();
    }

    private Sizes weigh() {
        double create = Double.NaN;
        List<Double> revises = new ArrayList<>();
        for (RawBsonDocument event : app.bean(MongoDatabase.class)
                .getCollection(RawInsertBenchmark.EVENTS, RawBsonDocument.class)
                .find(Filters.eq("aggregateIdentifier", ID))
                .sort(Sorts.ascending("sequenceNumber"))) {
            double bytes = event.getByteBuffer().remaining();
            if (event.getNumber("sequenceNumber").longValue() == 0) {
                create = bytes;
            } else {
                revises.add(bytes);
            }
        }
        return new Sizes(create, revises);
    }
}
