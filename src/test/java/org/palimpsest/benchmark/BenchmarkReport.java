package org.palimpsest.benchmark;

import java.io.PrintStream;

/** What a benchmark mode prints at the end, on stdout. */
interface BenchmarkReport {

    void print(PrintStream out);
}
