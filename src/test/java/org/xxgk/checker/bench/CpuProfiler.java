package org.xxgk.checker.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records, per iteration, how much CPU the benchmark JVM got: {@code cpu.process} (all threads, GC and JIT included)
 * and {@code cpu.worker} (the benchmark thread), each in CPU-seconds per wall-second. On a machine shared with other
 * work a single-threaded benchmark may get less than a core; dividing its throughput by {@code cpu.process} gives
 * reports per CPU-second, what one core of its own would do, which the machine's load disturbs much less.
 */
public final class CpuProfiler implements InternalProfiler {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> workerStart = new HashMap<>();
    private long wallStart;
    private long processStart;

    @Override
    public String getDescription() {
        return "process and benchmark-thread CPU time per iteration";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        workerStart.clear();
        for (Thread thread : workers()) {
            workerStart.put(thread.getId(), threads.getThreadCpuTime(thread.getId()));
        }
        processStart = processCpu();
        wallStart = System.nanoTime();
    }

    @Override
    public List<Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                       IterationResult result) {
        double wall = System.nanoTime() - wallStart;
        double process = processCpu() - processStart;
        long worker = 0;
        for (Thread thread : workers()) {
            long now = threads.getThreadCpuTime(thread.getId());
            if (now >= 0) {
                worker += now - workerStart.getOrDefault(thread.getId(), 0L); // a new thread: all of its time
            }
        }
        return List.of(
                new ScalarResult("cpu.process", process / wall, "CPU-s/s", AggregationPolicy.AVG),
                new ScalarResult("cpu.worker", worker / wall, "CPU-s/s", AggregationPolicy.AVG));
    }

    private static List<Thread> workers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().contains("jmh-worker"))
                .toList();
    }

    private static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
