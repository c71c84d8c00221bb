package org.palimpsest.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one operation from several threads until a deadline and counts what succeeded. Each thread keeps
 * its own latencies so that recording them costs no contention. The process's CPU time over the run is
 * kept too: app, store and load generator share this JVM, so CPU per operation is what one operation costs
 * the machine, whatever else the machine was doing.
 */
final class BenchmarkLoad {

    /** One attempt by one thread; returns whether it counts (a refused or retried attempt does not). */
    @FunctionalInterface
    interface Operation {
        boolean attempt(int thread) throws Exception;
    }

    record Result(
            long succeeded,
            long failed,
            double seconds,
            List<Double> latenciesMillis,
            double cpuSeconds,
            double compileSeconds) {

        double perSecond() {
            return succeeded / seconds;
        }

        /**
         * CPU time of the whole process per counted operation, less the JIT compiler's: on a fresh JVM the
         * compiler can take a quarter of the machine for minutes, which a long-running server pays once.
         */
        double cpuMillisEach() {
            return Math.max(0, cpuSeconds - compileSeconds) * 1000 / succeeded;
        }

        /** Share of the process's CPU time that went to JIT compilation (0 where it cannot be read). */
        double compileShare() {
            return compileSeconds / cpuSeconds;
        }

        /** Share of all the machine's cores the process used. */
        double cpuShare() {
            return cpuSeconds / seconds / Runtime.getRuntime().availableProcessors();
        }
    }

    private BenchmarkLoad() {}

    /** What has to happen after the load before its work is done (projections catching up); counted in its time and CPU. */
    @FunctionalInterface
    interface Drain {
        void await() throws InterruptedException;
    }

    static Result run(int threads, Duration duration, Operation operation) {
        return run(threads, duration, operation, () -> {});
    }

    /**
     * Runs the load, then {@code drain}: the result's time and CPU run until the drain is over, its latencies are
     * those of the operations alone.
     */
    static Result run(int threads, Duration duration, Operation operation, Drain drain) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<List<Double>> latencies = Collections.synchronizedList(new ArrayList<>());
        long cpuStart = processCpuNanos();
        CompilerCpu compileStart = CompilerCpu.now();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    List<Double> own = new ArrayList<>();
                    latencies.add(own);
                    while (System.nanoTime() < deadline) {
                        long before = System.nanoTime();
                        if (operation.attempt(thread)) {
                            own.add(BenchmarkStats.millis(System.nanoTime() - before));
                            succeeded.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("a load thread failed", e);
        } finally {
            pool.shutdownNow();
        }
        try {
            drain.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the load's work drained", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        double compileSeconds = CompilerCpu.now().nanosSince(compileStart) / 1e9;
        List<Double> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        return new Result(succeeded.get(), failed.get(), seconds, all, cpuSeconds, compileSeconds);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        throw new IllegalStateException("this JVM does not report its CPU time");
    }
}
