package org.palimpsest.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the JIT compiler threads, read from Linux's {@code /proc/self/task}: the JVM reports only their
 * elapsed compile time, which on a busy 2-core machine counts the time they waited for a core as well.
 * bench/run keeps the compiler threads alive ({@code -XX:-UseDynamicNumberOfCompilerThreads}), as a thread
 * that ends takes its count with it.
 */
final class CompilerCpu {

    private static final Path TASKS = Path.of("/proc/self/task");

    /** Ticks used so far by each compiler thread, by thread id. */
    private final Map<String, Long> ticks;

    private CompilerCpu(Map<String, Long> ticks) {
        this.ticks = ticks;
    }

    /** What the compiler threads have used so far; nothing where {@code /proc} is not there to tell. */
    static CompilerCpu now() {
        Map<String, Long> ticks = new HashMap<>();
        if (Files.isDirectory(TASKS)) {
            try (Stream<Path> tasks = Files.list(TASKS)) {
                tasks.filter(CompilerCpu::isCompiler).forEach(task -> {
                    long used = ProcStat.ticks(task);
                    if (used >= 0) {
                        ticks.put(task.getFileName().toString(), used);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new CompilerCpu(ticks);
    }

    /** Nanoseconds the compiler threads used since {@code earlier}; a thread started since counts from zero. */
    long nanosSince(CompilerCpu earlier) {
        long sum = 0;
        for (Map.Entry<String, Long> thread : ticks.entrySet()) {
            sum += Math.max(0, thread.getValue() - earlier.ticks.getOrDefault(thread.getKey(), 0L));
        }
        return sum * ProcStat.NANOS_PER_TICK;
    }

    private static boolean isCompiler(Path task) {
        String name = ProcStat.read(task.resolve("comm"));
        return name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler");
    }
}
