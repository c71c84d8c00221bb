package org.palimpsest.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code [core|scale] [--seconds=N] [--warmup=N] [--rounds=N] [--threads=N] [--entries=N] [sizes...]},
 * plus {@code --data-dir=DIR} from bench/run. Scale rounds are shorter by default because every size
 * repeats them.
 */
record BenchmarkOptions(boolean scale, Path dataDir, Duration round, Duration warmup, int rounds, int threads,
                        int entries, List<Long> sizes) {

    static final List<Long> DEFAULT_SIZES = List.of(1_000L, 100_000L, 1_000_000L);

    static BenchmarkOptions parse(String... args) {
        Map<String, String> options = new HashMap<>();
        List<Long> sizes = new ArrayList<>();
        String mode = "core";
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.equals("core") || arg.equals("scale")) {
                mode = arg;
            } else if (arg.matches("[0-9_]+")) {
                sizes.add(Long.parseLong(arg.replace("_", "")));
            } else {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; see docs/benchmark.md");
            }
        }
        boolean scale = mode.equals("scale");
        if (!scale && !sizes.isEmpty()) {
            throw new IllegalArgumentException("sizes are for 'scale' only");
        }
        String dataDir = options.remove("data-dir");
        if (dataDir == null) {
            throw new IllegalArgumentException("--data-dir=DIR is required (bench/run makes a fresh one)");
        }
        BenchmarkOptions parsed = new BenchmarkOptions(scale, Path.of(dataDir),
                Duration.ofSeconds(number(options, "seconds", scale ? 5 : 20)),
                Duration.ofSeconds(number(options, "warmup", 30)),
                (int) number(options, "rounds", 3),
                (int) number(options, "threads", 8),
                (int) number(options, "entries", 500),
                sizes.isEmpty() ? DEFAULT_SIZES : List.copyOf(sizes));
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + options.keySet() + "; see docs/benchmark.md");
        }
        return parsed;
    }

    private static long number(Map<String, String> options, String name, long otherwise) {
        String value = options.remove(name);
        return value == null ? otherwise : Long.parseLong(value);
    }
}
