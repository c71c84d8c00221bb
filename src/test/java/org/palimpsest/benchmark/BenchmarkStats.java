package org.palimpsest.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Order statistics of repeated measurements: the machine is shared, so medians rather than means. */
final class BenchmarkStats {

    private BenchmarkStats() {}

    static double median(List<Double> samples) {
        return percentile(samples, 50);
    }

    /** Nearest-rank percentile; {@code NaN} when there is nothing to rank. */
    static double percentile(List<Double> samples, double percent) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        if (percent == 50 && sorted.size() % 2 == 0) {
            int upper = sorted.size() / 2;
            return (sorted.get(upper - 1) + sorted.get(upper)) / 2;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
