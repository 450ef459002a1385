package org.xxgk.checker.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.engine.Profile;
import org.xxgk.checker.engine.RuleSet;
import org.xxgk.checker.engine.RuleSetLoader;
import org.xxgk.checker.narrative.NarrativeFacts;
import org.xxgk.checker.ingest.ReportReader;
import org.xxgk.checker.render.JsonRenderer;
import org.xxgk.checker.report.Report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What every benchmark works on, prepared once per fork: the checker over {@code rules/}, the seed report's bytes
 * and the same with one wrong number, both parsed, a result to render, and (for the session floor) an empty
 * file as read.
 * The setup also checks that the rules and the plain-Java baseline agree on both reports, so that the figures
 * compare equal work.
 */
@State(Scope.Benchmark)
public class Seed {
    static final Path RULES = Path.of("rules");
    static final Path SEED = Path.of("fixtures/reports/2024-laocheng.txt");
    /** Table 四's data row in the seed, and the same with 行政复议 总计 24 → 25 (A4 / ARI-04 fails). */
    static final String T4_ROW = "8\t4\t12\t0\t24\t";
    static final String T4_ROW_MUTATED = "8\t4\t12\t0\t25\t";

    Checker checker;
    RuleSet ruleSet;
    ReportReader reader;
    JsonRenderer json;
    long maxBytes;

    byte[] seed;
    byte[] mutated;
    Report report;
    Report mutatedReport;
    NarrativeFacts prose;
    NarrativeFacts mutatedProse;
    CheckResult result;
    /** The arithmetic rules alone, compiled from a copy of rules/ with only formats, ARI relations and ARI rules. */
    RuleSet arithmeticRules;
    /** The seed as that rule set reads it (its own format catalogue, as a checker built from it would). */
    Report arithmeticReport;
    NarrativeFacts arithmeticProse;

    /** An empty file as read: a report with nothing readable, whose check is the floor of any rule phase. */
    Report unreadable;
    NarrativeFacts unreadableProse;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        checker = Checker.load(RULES);
        ruleSet = checker.ruleSet();
        reader = new ReportReader(ruleSet.formats(), ruleSet.bodyNameEndings());
        json = new JsonRenderer(ruleSet);
        maxBytes = CheckOptions.DEFAULT.maxBytes();

        seed = Files.readAllBytes(SEED);
        mutated = mutate(seed);
        report = reader.read(seed, maxBytes);
        mutatedReport = reader.read(mutated, maxBytes);
        result = checker.check(seed, "seed", CheckOptions.DEFAULT);
        prose = ruleSet.prose(report);
        mutatedProse = ruleSet.prose(mutatedReport);
        Path arithmeticOnly = arithmeticOnly();
        try {
            arithmeticRules = RuleSetLoader.load(arithmeticOnly);
        } finally {
            // the rule set holds what it compiled; the copy would otherwise be left in /tmp by every fork
            deleteTree(arithmeticOnly);
        }
        arithmeticReport = new ReportReader(arithmeticRules.formats(), arithmeticRules.bodyNameEndings()).read(seed, maxBytes);
        arithmeticProse = arithmeticRules.prose(arithmeticReport);

        unreadable = reader.read(new byte[0], maxBytes);
        unreadableProse = ruleSet.prose(unreadable);

        verify();
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** A copy of rules/ with what the arithmetic rules need: the formats, the ARI rows of the relation table, ARI rules. */
    static Path arithmeticOnly() throws IOException {
        Path copy = Files.createTempDirectory("xxgk-arithmetic-rules");
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = RULES.relativize(file);
                String path = relative.toString().replace('\\', '/');
                if (!(path.startsWith("formats/") || path.startsWith("arithmetic/") || path.startsWith("relations/"))) {
                    continue;
                }
                Path target = copy.resolve(relative);
                Files.createDirectories(target.getParent());
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (path.startsWith("relations/")) {
                    text = text.lines().filter(line -> !line.matches("^[A-Z]+-\\d+,.*") || line.startsWith("ARI-"))
                            .reduce("", (all, line) -> all + line + "\n");
                }
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        }
        return copy;
    }

    static byte[] mutate(byte[] seed) {
        String text = new String(seed, StandardCharsets.UTF_8);
        if (!Arrays.equals(text.getBytes(StandardCharsets.UTF_8), seed) || !text.contains(T4_ROW)) {
            throw new IllegalStateException(SEED + " is no longer UTF-8 with the T4 row \"" + T4_ROW.strip()
                    + "\": update the mutation in " + Seed.class.getName());
        }
        return text.replaceFirst(T4_ROW, T4_ROW_MUTATED).getBytes(StandardCharsets.UTF_8);
    }

    /** The benchmarks measure what they claim only if the seed passes the arithmetic and the mutation fails it. */
    private void verify() {
        List<String> seedErrors = arithmeticRuleIds(ruleSet.findings(report, prose, null, Profile.NONE));
        List<String> mutatedErrors = arithmeticRuleIds(ruleSet.findings(mutatedReport, mutatedProse, null, Profile.NONE));
        if (!arithmeticRuleIds(arithmeticRules.findings(mutatedReport)).equals(mutatedErrors)) {
            throw new IllegalStateException("the arithmetic rules alone find other failures than the whole rule set");
        }
        List<PlainArithmetic.Failure> plainSeed = PlainArithmetic.check(report);
        List<PlainArithmetic.Failure> plainMutated = PlainArithmetic.check(mutatedReport);
        if (report.tables().size() != 3 || !seedErrors.isEmpty() || !plainSeed.isEmpty()) {
            throw new IllegalStateException("seed: expected 3 tables and no arithmetic failure, got tables "
                    + report.tables().size() + ", rules " + seedErrors + ", plain Java " + plainSeed);
        }
        if (!mutatedErrors.equals(List.of("ARI-04")) || plainMutated.size() != 1
                || !plainMutated.get(0).relation().equals("A4")) {
            throw new IllegalStateException("mutated seed: expected exactly ARI-04 / A4, got rules " + mutatedErrors
                    + ", plain Java " + plainMutated);
        }
    }

    private static List<String> arithmeticRuleIds(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).filter(id -> id.startsWith("ARI-")).toList();
    }
}
