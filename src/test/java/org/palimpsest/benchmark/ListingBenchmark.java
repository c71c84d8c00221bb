package org.palimpsest.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.palimpsest.support.Api;

/** Times a read page of the API: the median of several GETs, or NaN when the endpoint answers 404. */
final class ListingBenchmark {

    private final Api api;

    ListingBenchmark(Api api) {
        this.api = api;
    }

    double medianMillis(String path, int samples) {
        List<Double> millis = new ArrayList<>();
        for (int sample = 0; sample < samples; sample++) {
            long start = System.nanoTime();
            Api.Response response = api.get(path);
            double elapsed = BenchmarkStats.millis(System.nanoTime() - start);
            if (response.status() == 404) {
                return Double.NaN;
            }
            if (response.status() != 200) {
                throw new IllegalStateException("GET " + path + ": " + response.status() + " " + response.text());
            }
            millis.add(elapsed);
        }
        return BenchmarkStats.median(millis);
    }
}
