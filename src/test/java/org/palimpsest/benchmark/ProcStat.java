package org.palimpsest.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time from Linux's {@code /proc}: of a whole process ({@code /proc/<pid>}) or of one of its threads. */
final class ProcStat {

    /** Linux reports these times in clock ticks of 1/100 s ({@code getconf CLK_TCK}) on every common build. */
    static final long NANOS_PER_TICK = 10_000_000L;

    private ProcStat() {}

    /** CPU time a running process has used so far, its ended threads included. */
    static long processNanos(long pid) {
        long ticks = ticks(Path.of("/proc", Long.toString(pid)));
        if (ticks < 0) {
            throw new IllegalStateException("cannot read the CPU time of process " + pid + " from /proc");
        }
        return ticks * NANOS_PER_TICK;
    }

    /**
     * utime + stime of a process or task directory: fields 14 and 15 of stat, counted after the command name,
     * which may hold spaces; -1 if it ended before it could be read.
     */
    static long ticks(Path processOrTask) {
        String stat = read(processOrTask.resolve("stat"));
        int nameEnd = stat.lastIndexOf(')');
        if (nameEnd < 0) {
            return -1;
        }
        String[] fields = stat.substring(nameEnd + 1).trim().split(" ");
        return fields.length > 12 ? Long.parseLong(fields[11]) + Long.parseLong(fields[12]) : -1;
    }

    /** A thread may end between listing and reading: it then reads as nothing. */
    static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
