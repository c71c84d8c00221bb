package org.palimpsest.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an editor feels right after a (re)start: a fresh app process over an empty data folder, one entry with
 * a 5 KB body created through the REST API, then one client's one-word edits of it, one after the other,
 * each timed from request to answer. The JIT compiler, the caches and the store are as cold as they get.
 */
final class FirstSavesBenchmark {

    static final int SAVES = 500;
    private static final int BODY_BYTES = 5_000;

    /** The saves' latencies, in the order they were made. */
    record Saves(List<Double> millis) {

        double percentile(double percent) {
            return BenchmarkStats.percentile(millis, percent);
        }

        /** The median of saves {@code first} to {@code last}, counted from 1. */
        double median(int first, int last) {
            return BenchmarkStats.median(millis.subList(first - 1, Math.min(last, millis.size())));
        }
    }

    Saves once(Path dataDir) throws Exception {
        try (SeparateApp app = SeparateApp.start(dataDir, dataDir.getFileName().toString())) {
            WordBody body = new WordBody(BODY_BYTES);
            String id = app.create("Benchmark First Saves", body.text());
            List<Double> millis = new ArrayList<>();
            for (int save = 0; save < SAVES; save++) {
                body.edit(save);
                String text = body.text();
                long start = System.nanoTime();
                app.revise(id, save + 1, text);
                millis.add(BenchmarkStats.millis(System.nanoTime() - start));
            }
            return new Saves(millis);
        }
    }
}
