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

    /** Linux reports thread times in clock ticks of 1/100 s ({@code getconf CLK_TCK}) on every common build. */
    private static final long NANOS_PER_TICK = 10_000_000L;
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
                    long used = ticks(task);
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
        return sum * NANOS_PER_TICK;
    }

    private static boolean isCompiler(Path task) {
        String name = read(task.resolve("comm"));
        return name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler");
    }

    /**
     * utime + stime: fields 14 and 15 of stat, counted after the command name, which may hold spaces; -1 if the
     * thread ended before it could be read.
     */
    private static long ticks(Path task) {
        String stat = read(task.resolve("stat"));
        int nameEnd = stat.lastIndexOf(')');
        if (nameEnd < 0) {
            return -1;
        }
        String[] fields = stat.substring(nameEnd + 1).trim().split(" ");
        return fields.length > 12 ? Long.parseLong(fields[11]) + Long.parseLong(fields[12]) : -1;
    }

    /** A thread may end between listing and reading: it then reads as nothing. */
    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
