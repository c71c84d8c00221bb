package org.palimpsest.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code [core|scale] [--seconds=N] [--warmup=N] [--rounds=N] [--threads=N] [--entries=N] [sizes...]},
 * core only {@code [--only=part,...] [--disk-revisions=N]}, plus {@code --data-dir=DIR} from bench/run. Scale
 * rounds are shorter by default because every size repeats them.
 */
record BenchmarkOptions(
        boolean scale,
        boolean live,
        Path dataDir,
        Duration round,
        Duration warmup,
        int rounds,
        int threads,
        int entries,
        List<Long> sizes,
        Set<String> only,
        int diskRevisions) {

    static final List<Long> DEFAULT_SIZES = List.of(1_000L, 100_000L, 1_000_000L);
    /** The parts of the core benchmark, in the order they run (docs/benchmark.md). */
    static final List<String> CORE_PARTS = List.of(
            "ratio", "lag", "single", "cold", "eventsize", "rebuild", "review", "blame", "external", "first", "disk");

    static BenchmarkOptions parse(String... args) {
        Map<String, String> options = new HashMap<>();
        List<Long> sizes = new ArrayList<>();
        String mode = "core";
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.equals("core") || arg.equals("scale") || arg.equals("live")) {
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
        if (scale && (options.containsKey("only") || options.containsKey("disk-revisions"))) {
            throw new IllegalArgumentException("--only and --disk-revisions are for 'core' only");
        }
        Set<String> only = parts(options.remove("only"));
        boolean live = mode.equals("live");
        BenchmarkOptions parsed = new BenchmarkOptions(
                scale,
                live,
                Path.of(dataDir),
                Duration.ofSeconds(number(options, "seconds", scale ? 5 : live ? 15 : 20)),
                Duration.ofSeconds(number(options, "warmup", 30)),
                (int) number(options, "rounds", 3),
                (int) number(options, "threads", 8),
                (int) number(options, "entries", 500),
                sizes.isEmpty() ? DEFAULT_SIZES : List.copyOf(sizes),
                only,
                (int) number(options, "disk-revisions", 10_000));
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + options.keySet() + "; see docs/benchmark.md");
        }
        return parsed;
    }

    /** Whether the core run includes this part. */
    boolean runs(String part) {
        return only.contains(part);
    }

    private static Set<String> parts(String list) {
        if (list == null) {
            return Set.copyOf(CORE_PARTS);
        }
        Set<String> parts = new LinkedHashSet<>(Arrays.asList(list.split(",")));
        parts.removeIf(part -> part.isBlank());
        for (String part : parts) {
            if (!CORE_PARTS.contains(part)) {
                throw new IllegalArgumentException(
                        "unknown part '" + part + "' in --only; the parts are " + String.join(",", CORE_PARTS));
            }
        }
        return Set.copyOf(parts);
    }

    private static long number(Map<String, String> options, String name, long otherwise) {
        String value = options.remove(name);
        return value == null ? otherwise : Long.parseLong(value);
    }
}
