package org.palimpsest.benchmark;

import java.time.Duration;

/** Progress on stderr, so that stdout holds only the figures. */
final class BenchmarkProgress {

    private static final long START = System.nanoTime();

    private BenchmarkProgress() {}

    static void say(String format, Object... args) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - START);
        System.err.printf(
                "[bench %3d:%02d] %s%n", elapsed.toMinutes(), elapsed.toSecondsPart(), String.format(format, args));
    }
}
