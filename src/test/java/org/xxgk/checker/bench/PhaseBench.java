package org.xxgk.checker.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.xxgk.checker.Finding;
import org.xxgk.checker.engine.Profile;
import org.xxgk.checker.engine.SumCheck;
import org.xxgk.checker.narrative.NarrativeFacts;
import org.xxgk.checker.report.Report;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where the time of the path goes, on the seed: reading alone, the prose's facts, rendering alone, and two parts of
 * the rule phase, the relation evaluation in Java and the session floor, an empty file's rule phase (BenchMain
 * derives the Drools part, inserts and firing, as the rest of {@link CheckBench#rulePhase}). Shorter iterations than
 * {@link CheckBench}: for orientation, not targets.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 8, time = 1)
public class PhaseBench {

    /** ReportReader.read on the seed's bytes: decode, outline, tables. Warms up slowly on 2 busy cores. */
    @Benchmark
    @Warmup(iterations = 15, time = 1)
    public Report read(Seed s) {
        return s.reader.read(s.seed, s.maxBytes);
    }

    /** RuleSet.prose on the parsed seed: sentences, topics, claims, body type, dates, citations. */
    @Benchmark
    public NarrativeFacts prose(Seed s) {
        return s.ruleSet.prose(s.report);
    }

    /** JsonRenderer.entry for the seed's result. */
    @Benchmark
    public String json(Seed s) {
        return s.json.entry(s.result);
    }

    /**
     * RuleSet.sumChecks on the parsed seed: every relation of the relation table built in plain Java. The rule phase
     * does less: it settles the relations that hold on whole numbers in a quick pass and builds only the others.
     */
    @Benchmark
    public List<SumCheck> relations(Seed s) {
        return s.ruleSet.sumChecks(s.report);
    }

    /**
     * The rule phase of a report with nothing readable (an empty file): a session with its global set, the two facts
     * every report has, one rule firing. The floor of any rule phase, through the same API as the real one.
     */
    @Benchmark
    public List<Finding> sessionOnly(Seed s) {
        return s.ruleSet.findings(s.unreadable, s.unreadableProse, null, Profile.NONE);
    }
}
