package org.xxgk.checker.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Finding;
import org.xxgk.checker.engine.Profile;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The figures, single thread, reports per second: the whole path on the seed, the rule phase alone on the
 * parsed seed (and on the seed with one wrong number, so that a rule fires), and the plain-Java baseline of the same
 * arithmetic checks. Run them with {@link BenchMain} ({@code mvn -B -Pbench package}); not JUnit tests.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class CheckBench {

    /** Read (decode, parse), check (relations and rules) and render the JSON entry, as one HTTP check does. */
    @Benchmark
    @Warmup(iterations = 20, time = 2) // the whole path's code takes 30–40 s to compile fully on 2 busy cores
    public String endToEnd(Seed s) {
        CheckResult result = s.checker.check(s.seed, "seed", CheckOptions.DEFAULT);
        return s.json.entry(result);
    }

    /**
     * The same under the parallel collector, beside the JVM's default (G1 on a server-class machine): for batch
     * screening, where pauses matter less than throughput. Not a target's figure, which is the default's.
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
    @Warmup(iterations = 20, time = 2)
    public String endToEndParallelGc(Seed s) {
        return endToEnd(s);
    }

    /**
     * All rules on the parsed seed and the facts of its prose: relations and claims evaluated, a session, the
     * report's facts inserted, rules fired.
     */
    @Benchmark
    public List<Finding> rulePhase(Seed s) {
        return s.ruleSet.findings(s.report, s.prose, null, Profile.NONE);
    }

    /** The same on the seed with 行政复议 总计 24 → 25: ARI-04 and XC-08 fire and render their findings. */
    @Benchmark
    public List<Finding> rulePhaseMutated(Seed s) {
        return s.ruleSet.findings(s.mutatedReport, s.mutatedProse, null, Profile.NONE);
    }

    /**
     * The arithmetic rules alone (rules/arithmetic with the relation table of ARI rules), the same checks as the
     * plain-Java baseline: the comparison of the rule phase with plain Java.
     */
    @Benchmark
    public List<Finding> arithmeticRulePhase(Seed s) {
        return s.arithmeticRules.findings(s.arithmeticReport, s.arithmeticProse, null, Profile.NONE);
    }

    /** Plain-Java A1–A4 and A7 over the same parsed seed: the baseline of rulePhase. */
    @Benchmark
    public List<PlainArithmetic.Failure> plainJavaArithmetic(Seed s) {
        return PlainArithmetic.check(s.report);
    }
}
