package org.palimpsest.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of the JIT compiler threads, read from Linux's {@code /proc/self/task}: the JVM reports only their
 * elapsed compile time, which on a busy 2-core machine counts the time they waited for a core as well.
 */
final class CompilerCpu {

    /** Linux reports thread times in clock ticks of 1/100 s ({@code getconf CLK_TCK}) on every common build. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path TASKS = Path.of("/proc/self/task");

    private CompilerCpu() {
    }

    /** Nanoseconds of CPU the compiler threads have used so far; 0 where {@code /proc} is not there to tell. */
    static long nanos() {
        if (!Files.isDirectory(TASKS)) {
            return 0;
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            return tasks.filter(CompilerCpu::isCompiler).mapToLong(CompilerCpu::ticks).sum() * NANOS_PER_TICK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isCompiler(Path task) {
        String name = read(task.resolve("comm"));
        return name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler");
    }

    /** utime + stime: fields 14 and 15 of stat, counted after the command name, which may hold spaces. */
    private static long ticks(Path task) {
        String stat = read(task.resolve("stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** A thread may end between listing and reading: it then counts as nothing. */
    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
