package org.xxgk.checker.bench;

import org.apache.commons.io.FileUtils;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Runs the benchmarks of this package through JMH, then the start-up measurement, and prints one table: per
 * benchmark the median of its measurement iterations (reports/s) with min–max, ratios computed from the same run,
 * the time from {@code java -jar} to the first result (compiling the rules, reading them from the compiled-rule cache,
 * and compiling them with {@link #C1_ONLY}), the targets of the issue, and the machine.
 *
 * <p>Run with {@code mvn -B -Pbench package} (profile {@code bench} in pom.xml), from the project directory.
 * System properties: {@code bench.include} (regex over benchmark names, default all of this package),
 * {@code bench.quick=true} (2×1 s warmup, 3×1 s measurement, 3 start-ups: a smoke run, not figures),
 * {@code bench.prof} (a JMH profiler, e.g. {@code stack} or {@code gc}), {@code bench.startupRuns} (default 7).
 * The table is also written to {@code target/bench/summary.txt}, JMH's own results to {@code target/bench/jmh.json}.
 */
public final class BenchMain {
    static final double TARGET_END_TO_END = 5_000;
    static final double TARGET_RATIO = 5;
    static final double TARGET_STARTUP_S = 3;
    /**
     * The JVM option that keeps the JIT to its quick compiler: on 2 cores the optimising compiler's work at start-up
     * competes with compiling the rules, so a one-off check starts faster without it (a long run needs it).
     */
    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    /** An iteration is JIT-quiet when the benchmark thread used at least this share of the JVM's CPU. */
    static final double QUIET_SHARE = 0.9;
    static final Path JAR = Path.of("target/xxgk-checker.jar");
    static final List<String> EXPECTED = List.of("CheckBench.endToEnd", "CheckBench.rulePhase",
            "CheckBench.arithmeticRulePhase",
            "CheckBench.rulePhaseMutated", "CheckBench.plainJavaArithmetic", "PhaseBench.read", "PhaseBench.prose",
            "PhaseBench.json",
            "PhaseBench.relations", "PhaseBench.sessionOnly");

    private final StringBuilder out = new StringBuilder();

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        new BenchMain().run();
    }

    private void run() throws Exception {
        boolean quick = Boolean.getBoolean("bench.quick");
        String include = System.getProperty("bench.include", "org\\.xxgk\\.checker\\.bench\\..*");
        String profiler = System.getProperty("bench.prof", "").strip();
        int startupRuns = Integer.getInteger("bench.startupRuns", quick ? 3 : 7);
        if (!Files.isDirectory(Seed.RULES) || !Files.isRegularFile(Seed.SEED)) {
            throw new IllegalStateException("run from the project directory: " + Seed.RULES + " and " + Seed.SEED
                    + " are not in " + Path.of("").toAbsolutePath());
        }
        LoadSampler load = new LoadSampler();
        load.start();

        Path dir = Path.of("target/bench");
        Files.createDirectories(dir);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .shouldFailOnError(false) // a broken benchmark is reported below; the others still run
                .threads(1)
                .result(dir.resolve("jmh.json").toString())
                .resultFormat(ResultFormatType.JSON)
                .addProfiler(CpuProfiler.class);
        if (quick) {
            options.forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1));
        }
        if (!profiler.isEmpty()) {
            options.addProfiler(profiler);
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        Map<String, Figures> stats = new LinkedHashMap<>();
        for (RunResult run : results) {
            String name = shortName(run.getParams().getBenchmark());
            List<Double> scores = new ArrayList<>();
            List<Double> perCpu = new ArrayList<>();
            List<Double> process = new ArrayList<>();
            List<Double> worker = new ArrayList<>();
            int quiet = 0;
            for (BenchmarkResult fork : run.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    double score = iteration.getPrimaryResult().getScore();
                    scores.add(score);
                    Result<?> cpu = iteration.getSecondaryResults().get("cpu.process");
                    Result<?> thread = iteration.getSecondaryResults().get("cpu.worker");
                    if (cpu != null && thread != null && cpu.getScore() > 0) {
                        perCpu.add(score / cpu.getScore());
                        process.add(cpu.getScore());
                        worker.add(thread.getScore());
                        if (thread.getScore() >= QUIET_SHARE * cpu.getScore()) {
                            quiet++;
                        }
                    }
                }
            }
            String settings = String.format(Locale.ROOT, "%d fork, warmup %d×%s, measurement %d×%s",
                    run.getParams().getForks(), run.getParams().getWarmup().getCount(),
                    run.getParams().getWarmup().getTime(), run.getParams().getMeasurement().getCount(),
                    run.getParams().getMeasurement().getTime());
            stats.put(name, new Figures(Stats.of(scores), Stats.of(perCpu), Stats.of(process), Stats.of(worker),
                    quiet, settings));
        }

        Startups startups = null;
        List<Integer> exitCodes = new ArrayList<>();
        if (startupRuns > 0) {
            if (!Files.isRegularFile(JAR)) {
                throw new IllegalStateException(JAR + " is missing: run through `mvn -B -Pbench package`");
            }
            startups = startups(startupRuns, exitCodes);
        }
        load.interrupt();

        List<String> missing = new ArrayList<>();
        for (String expected : EXPECTED) {
            boolean selected = Pattern.compile(include).matcher(BenchMain.class.getPackageName() + "." + expected).find();
            if (selected && !stats.containsKey(expected)) {
                missing.add(expected);
            }
        }
        report(stats, startups, exitCodes, startupRuns, load, quick, profiler);
        if (!missing.isEmpty()) {
            line("");
            line("FAILED (no result, see the JMH output above): " + String.join(", ", missing));
        }
        System.out.println();
        System.out.print(out);
        System.out.flush();
        Files.writeString(dir.resolve("summary.txt"), out, StandardCharsets.UTF_8);
        if (!missing.isEmpty() || exitCodes.stream().anyMatch(code -> code > 1)) {
            System.exit(1);
        }
    }

    private void report(Map<String, Figures> stats, Startups startups, List<Integer> exitCodes, int startupRuns,
                        LoadSampler load, boolean quick, String profiler) {
        line("==== xxgk-checker benchmark (" + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME
                .withLocale(Locale.ROOT)).substring(0, 19) + ")" + (quick ? "  QUICK RUN: smoke test, not figures" : "")
                + (profiler.isEmpty() ? "" : "  with profiler " + profiler + " (slows the figures)"));
        line("machine: " + Runtime.getRuntime().availableProcessors() + " cores (Runtime.availableProcessors), "
                + cpuModel() + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        int cores = Runtime.getRuntime().availableProcessors();
        line(String.format(Locale.ROOT, "load average (1 min) during the run: median %.1f, max %.1f; the benchmark itself "
                + "adds about 1-1.5", load.median(), load.max()));
        if (load.median() > cores) {
            line("WARNING: other work competed for the " + cores + " cores (load above " + cores + "): the JIT warms up"
                    + " slower and the figures are low and noisy. Rerun on an idle machine to judge the targets.");
        }
        line("input: " + Seed.SEED + " (" + fileSize(Seed.SEED) + " bytes); mutated = T4 row \""
                + Seed.T4_ROW.strip().replace('\t', ' ') + "\" with total 25 (ARI-04 fires)");
        line("JMH 1.37, Mode.Throughput, 1 thread. Figures are medians of the per-iteration scores, [min – max].");
        line("  wall: reports per second of elapsed time (the JMH score). per CPU-s: reports per CPU-second of the whole");
        line("  benchmark JVM (GC and JIT included), i.e. what one core of its own does: it discounts the time the JVM");
        line("  was not scheduled, not a JIT slowed down by other work. CPU: CPU-seconds per second the JVM used");
        line("  (process / benchmark thread); a thread share under 1.0 means other work took the core. quiet: iterations");
        line("  in which the benchmark thread had at least 90% of the JVM's CPU (the rest: JIT compiling or GC, i.e.");
        line("  not yet steady); few quiet iterations mean the figure is low: raise the warmup or rerun when idle.");
        line("");
        line(String.format(Locale.ROOT, "%-30s %10s  %-21s %9s  %10s  %-11s %5s  %s", "benchmark", "wall /s",
                "[min – max]", "µs/report", "per CPU-s", "CPU", "quiet", "settings"));
        for (Map.Entry<String, Figures> entry : stats.entrySet()) {
            Figures f = entry.getValue();
            Stats s = f.wall;
            line(String.format(Locale.ROOT, "%-30s %10s  %-21s %9.1f  %10s  %-11s %5s  %s", entry.getKey(),
                    fmt(s.median), "[" + fmt(s.min) + " – " + fmt(s.max) + "]", 1e6 / s.median,
                    fmt(median(f.perCpu)),
                    f.process == null ? "n/a" : String.format(Locale.ROOT, "%.2f / %.2f", f.process.median,
                            f.worker.median), f.quiet + "/" + s.n, f.settings));
        }
        line("");
        line("ratios (same run; medians of wall figures, [worst – best] from the iteration extremes; per CPU-s):");
        ratio(stats, "CheckBench.arithmeticRulePhase", "CheckBench.plainJavaArithmetic",
                "arithmetic rules vs plain Java (the same checks), seed");
        ratio(stats, "CheckBench.rulePhase", "CheckBench.plainJavaArithmetic", "all rules vs plain Java arithmetic, seed");
        ratio(stats, "CheckBench.rulePhaseMutated", "CheckBench.plainJavaArithmetic",
                "rule phase, mutated, vs plain Java, seed");
        ratio(stats, "CheckBench.endToEnd", "CheckBench.rulePhase", "end to end vs rule phase");
        ratio(stats, "CheckBench.endToEnd", "CheckBench.endToEndParallelGc",
                "end to end, default GC, vs -XX:+UseParallelGC", 2);
        Figures rule = stats.get("CheckBench.rulePhase");
        Figures e2e = stats.get("CheckBench.endToEnd");
        if (e2e != null) {
            line("  end to end, seed, in µs/report (wall; per CPU-s) — medians of separate forks, so the parts need not");
            line("  add up exactly:");
            part(stats, "PhaseBench.read", "read (decode, outline, tables)", e2e);
            part(stats, "PhaseBench.prose", "prose facts (topics, claims, dates)", e2e);
            part(stats, "CheckBench.rulePhase", "rule phase (RuleSet.findings)", e2e);
            part(stats, "PhaseBench.json", "JSON entry", e2e);
            part(stats, "CheckBench.endToEnd", "= endToEnd", e2e);
        }
        if (rule != null) {
            line("  rule phase, seed, in µs/report (same caveat):");
            part(stats, "PhaseBench.relations", "all relations built (RuleSet.sumChecks)", rule);
            part(stats, "PhaseBench.sessionOnly", "session floor: an empty file's rule phase", rule);
            Figures relations = stats.get("PhaseBench.relations");
            Figures session = stats.get("PhaseBench.sessionOnly");
            if (relations != null && session != null) {
                double rest = micros(rule.wall) - micros(relations.wall) - micros(session.wall);
                double restCpu = micros(rule.perCpu) - micros(relations.perCpu) - micros(session.perCpu);
                line(String.format(Locale.ROOT, "    %-44s %8.1f %4.0f%%   %8.1f %4.0f%%",
                        "rest: inserts, firing (difference; at least)", rest, 100 * rest / micros(rule.wall), restCpu,
                        100 * restCpu / micros(rule.perCpu)));
            }
            part(stats, "CheckBench.rulePhase", "= rulePhase", rule);
        }
        line("");
        if (startups != null) {
            line("start-up: java -jar " + JAR + " check " + Seed.SEED + ", " + startupRuns
                    + " runs of each kind, alternated, after 1 uncounted; exit codes " + exitCodes);
            line("  rules compiled in the run (an empty compiled-rule cache, as after a rule edit):");
            startupLines(startups.compiling());
            line("  rules compiled by an earlier run, read from the cache (every run after the first):");
            startupLines(startups.cached());
            line(String.format(Locale.ROOT, "  with %s, rules compiled in the run: to first output line  "
                    + "median %.2f s  [%.2f – %.2f]", C1_ONLY, startups.c1Compiling().median,
                    startups.c1Compiling().min, startups.c1Compiling().max));
            line("");
        }
        line("targets of the issue (wall medians; per CPU-s in brackets):");
        Figures plain = stats.get("CheckBench.plainJavaArithmetic");
        if (e2e != null) {
            target(e2e.wall.median >= TARGET_END_TO_END, String.format(Locale.ROOT,
                    "end to end ≥ %s reports/s on one core: median %s (%s per CPU-s)", fmt(TARGET_END_TO_END),
                    fmt(e2e.wall.median), fmt(median(e2e.perCpu))));
        }
        Figures arithmetic = stats.get("CheckBench.arithmeticRulePhase");
        if (arithmetic != null && plain != null) {
            target(plain.wall.median / arithmetic.wall.median <= TARGET_RATIO, String.format(Locale.ROOT,
                    "rule phase of the same arithmetic checks within %.0f× of plain Java: %.1f× slower (%.1f× per CPU-s)",
                    TARGET_RATIO, plain.wall.median / arithmetic.wall.median,
                    median(plain.perCpu) / median(arithmetic.perCpu)));
        }
        if (startups != null) {
            target(startups.compiling()[0].median < TARGET_STARTUP_S, String.format(Locale.ROOT,
                    "java -jar to first result < %.0f s, rules compiled in the run: median %.2f s", TARGET_STARTUP_S,
                    startups.compiling()[0].median));
            target(startups.cached()[0].median < TARGET_STARTUP_S, String.format(Locale.ROOT,
                    "java -jar to first result < %.0f s, rules from the cache: median %.2f s", TARGET_STARTUP_S,
                    startups.cached()[0].median));
        }
    }

    private void startupLines(Stats[] firstAndExit) {
        line(String.format(Locale.ROOT, "    to first output line  median %.2f s  [%.2f – %.2f]", firstAndExit[0].median,
                firstAndExit[0].min, firstAndExit[0].max));
        line(String.format(Locale.ROOT, "    to exit               median %.2f s  [%.2f – %.2f]", firstAndExit[1].median,
                firstAndExit[1].min, firstAndExit[1].max));
    }

    /** Start-up times: [0] to the first output line, [1] to exit. */
    private record Startups(Stats[] compiling, Stats[] cached, Stats c1Compiling) {
    }

    /**
     * Starts the jar on the seed, alternating three kinds of run so that all see the same machine: compiling the
     * rules (each run with an empty compiled-rule cache of its own), reading them from a cache an earlier run filled,
     * and compiling them with {@link #C1_ONLY}.
     */
    private static Startups startups(int runs, List<Integer> exitCodes) throws IOException, InterruptedException {
        Path caches = Files.createTempDirectory("xxgk-bench-caches");
        try {
            Path shared = caches.resolve("shared");
            startup(List.of(), shared, exitCodes); // not counted: fills the cache, puts the jar into the page cache
            exitCodes.clear();
            List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>());
            for (int i = 0; i < runs; i++) {
                double[] compiling = startup(List.of(), caches.resolve("empty-" + i), exitCodes);
                double[] cached = startup(List.of(), shared, exitCodes);
                double[] c1 = startup(List.of(C1_ONLY), caches.resolve("c1-" + i), exitCodes);
                times.get(0).add(compiling[0]);
                times.get(1).add(compiling[1]);
                times.get(2).add(cached[0]);
                times.get(3).add(cached[1]);
                times.get(4).add(c1[0]);
            }
            return new Startups(new Stats[] {Stats.of(times.get(0)), Stats.of(times.get(1))},
                    new Stats[] {Stats.of(times.get(2)), Stats.of(times.get(3))}, Stats.of(times.get(4)));
        } finally {
            FileUtils.deleteDirectory(caches.toFile());
        }
    }

    private void ratio(Map<String, Figures> stats, String slow, String fast, String label) {
        ratio(stats, slow, fast, label, 1);
    }

    /** A ratio with {@code digits} decimals: two for a difference of a few percent. */
    private void ratio(Map<String, Figures> stats, String slow, String fast, String label, int digits) {
        Figures s = stats.get(slow);
        Figures f = stats.get(fast);
        if (s == null || f == null) {
            return;
        }
        String x = "%." + digits + "f";
        line(String.format(Locale.ROOT, "  %-42s %6" + x.substring(1) + "× slower  [" + x + " – " + x + "]   per CPU-s "
                        + x + "×", label, f.wall.median / s.wall.median, f.wall.max / s.wall.min,
                f.wall.min / s.wall.max, median(f.perCpu) / median(s.perCpu)));
    }

    private void part(Map<String, Figures> stats, String name, String label, Figures whole) {
        Figures f = stats.get(name);
        if (f != null) {
            line(String.format(Locale.ROOT, "    %-44s %8.1f %4.0f%%   %8.1f %4.0f%%", label, micros(f.wall),
                    100 * micros(f.wall) / micros(whole.wall), micros(f.perCpu),
                    100 * micros(f.perCpu) / micros(whole.perCpu)));
        }
    }

    private static double micros(Stats s) {
        return s == null ? Double.NaN : 1e6 / s.median;
    }

    private static double median(Stats s) {
        return s == null ? Double.NaN : s.median;
    }

    private void target(boolean met, String text) {
        line("  [" + (met ? "MET" : "NOT MET") + "] " + text);
    }

    /**
     * Starts the jar on the seed with a compiled-rule cache directory; returns seconds from start to the first byte
     * on stdout and to exit.
     */
    private static double[] startup(List<String> jvmOptions, Path cache, List<Integer> exitCodes)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "check", Seed.SEED.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("XXGK_CACHE", cache.toString());
        AtomicLong firstByte = new AtomicLong();
        long start = System.nanoTime();
        Process process = builder.start();
        Thread reader = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                byte[] buffer = new byte[8192];
                int n = in.read(buffer);
                if (n > 0) {
                    firstByte.set(System.nanoTime());
                }
                while (n >= 0) {
                    n = in.read(buffer);
                }
            } catch (IOException ignored) {
                // the process died; its exit code tells
            }
        });
        reader.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("java -jar " + JAR + " did not finish in 60 s");
        }
        long end = System.nanoTime();
        reader.join();
        exitCodes.add(process.exitValue());
        long first = firstByte.get() == 0 ? end : firstByte.get();
        return new double[]{(first - start) / 1e9, (end - start) / 1e9};
    }

    private static String shortName(String benchmark) {
        String[] parts = benchmark.split("\\.");
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return "CPU model unknown";
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private void line(String text) {
        out.append(text).append(System.lineSeparator());
    }

    /** Samples the system load average every 2 s while the benchmarks run. */
    static final class LoadSampler extends Thread {
        private final List<Double> samples = new java.util.concurrent.CopyOnWriteArrayList<>();

        LoadSampler() {
            super("load-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                while (!isInterrupted()) {
                    samples.add(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                    Thread.sleep(2000);
                }
            } catch (InterruptedException e) {
                // the run is over
            }
        }

        double median() {
            Stats s = Stats.of(samples);
            return s == null ? Double.NaN : s.median;
        }

        double max() {
            Stats s = Stats.of(samples);
            return s == null ? Double.NaN : s.max;
        }
    }

    /** A benchmark's figures: wall throughput, throughput per CPU-second, CPU use of the JVM and of its thread. */
    record Figures(Stats wall, Stats perCpu, Stats process, Stats worker, int quiet, String settings) {
    }

    /** Median, min and max of a sample. */
    record Stats(double median, double min, double max, int n) {
        /** The sample's statistics, or {@code null} for an empty one. */
        static Stats of(List<Double> values) {
            if (values.isEmpty()) {
                return null;
            }
            List<Double> sorted = new ArrayList<>(values);
            sorted.sort(null);
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            return new Stats(median, sorted.get(0), sorted.get(n - 1), n);
        }
    }
}
