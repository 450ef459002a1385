package org.xxgk.checker.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.FindingCell;
import org.xxgk.checker.PreviousReport;
import org.xxgk.checker.PreviousReports;
import org.xxgk.checker.engine.RuleExecutionException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the rule fixtures under a folder and runs them against a checker. A fixture of a cross-year rule has last
 * year's report beside it: {@code fail-carryover-column.txt} with {@code fail-carryover-column.previous.txt}.
 */
public final class FixtureSuite {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPECTED = ".expected.json";
    private static final String PREVIOUS = ".previous.";
    private static final List<String> ROOT_KEYS = List.of("findings", "options");
    private static final List<String> OPTION_KEYS = List.of("maxBytes", "published");
    private static final List<String> FINDING_KEYS = List.of("ruleId", "message", "cells", "expected", "actual");

    private final List<Fixture> fixtures;
    private final List<String> unused;

    private FixtureSuite(List<Fixture> fixtures, List<String> unused) {
        this.fixtures = fixtures;
        this.unused = unused;
    }

    /**
     * Reads {@code <dir>/<RULE-ID>/pass-*} and {@code fail-*} report files with their expectations.
     *
     * @throws IOException when a folder cannot be listed or an expectation file is not valid
     */
    public static FixtureSuite load(Path dir) throws IOException {
        List<Fixture> fixtures = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new FixtureSuite(fixtures, unused);
        }
        try (Stream<Path> ruleDirs = Files.list(dir)) {
            for (Path ruleDir : ruleDirs.filter(Files::isDirectory).sorted().toList()) {
                String ruleId = ruleDir.getFileName().toString();
                List<Path> files;
                try (Stream<Path> listed = Files.list(ruleDir)) {
                    files = listed.filter(Files::isRegularFile).sorted().toList();
                }
                List<String> bases = new ArrayList<>();
                for (Path file : files.stream().filter(FixtureSuite::isReport).toList()) {
                    boolean fires = file.getFileName().toString().startsWith("fail-");
                    fixtures.add(fixture(file, ruleId, fires));
                    bases.add(base(file.getFileName().toString()));
                }
                // an expectation beside a misnamed report ("wrong-total.txt") is named with the report, not apart
                List<String> named = files.stream().map(file -> file.getFileName().toString())
                        .filter(name -> !name.endsWith(".json")).map(FixtureSuite::base).toList();
                files.stream().filter(file -> !isReport(file))
                        .forEach(file -> unused(file, bases, named).ifPresent(unused::add));
            }
        }
        return new FixtureSuite(fixtures, unused);
    }

    /**
     * Why a file in a rule's fixture folder is no part of any fixture ({@code wrong-total.txt}, an expectation whose
     * report was renamed), or empty when it is part of one or hidden.
     *
     * @param bases the names, without their ending, of the folder's fixtures
     * @param named the names, without their ending, of the folder's files other than JSON
     */
    private static Optional<String> unused(Path file, List<String> bases, List<String> named) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return Optional.empty();
        }
        if (name.endsWith(EXPECTED)) {
            String base = name.substring(0, name.length() - EXPECTED.length());
            return named.contains(base) ? Optional.empty()
                    : Optional.of(file + " 是预期结果文件，但旁边没有用例 " + base + ".*（用例改名时，预期结果文件也要同样改名）");
        }
        if (name.contains(PREVIOUS)) {
            String base = name.substring(0, name.indexOf(PREVIOUS));
            return bases.contains(base) ? Optional.empty()
                    : Optional.of(file + " 是上一年度的年报，但旁边没有用例 " + base + ".*");
        }
        if (name.endsWith(".json")) {
            return Optional.of(file + " 没有作为用例运行：预期结果文件的名称应以 .expected.json 结尾");
        }
        return Optional.of(file + " 的文件名不以 pass- 或 fail- 开头，没有作为用例运行（应触发规则的用例以 fail- 开头，"
                + "不应触发的以 pass- 开头）");
    }

    /**
     * The files in the rules' fixture folders that are no part of any fixture, each with why: a misnamed fixture is
     * otherwise never run, without a word.
     */
    public List<String> unusedFiles() {
        return unused;
    }

    public List<Fixture> fixtures() {
        return fixtures;
    }

    /** The ids of the rules that have fixtures: the names of the fixture folders. */
    public List<String> ruleIds() {
        return fixtures.stream().map(Fixture::ruleId).distinct().toList();
    }

    /** The ids of the rules that have fixtures of the given kind. */
    public List<String> rulesWith(boolean fires) {
        return fixtures.stream().filter(f -> f.fires() == fires).map(Fixture::ruleId).distinct().toList();
    }

    /**
     * Reads whole reports with their complete expected findings: {@code <dir>/NAME.txt} and
     * {@code NAME.expected.json} (and {@code NAME.previous.txt}, last year's report, where there is one), the
     * end-to-end conformance suite.
     */
    public static FixtureSuite loadReports(Path dir) throws IOException {
        List<Fixture> fixtures = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().contains(PREVIOUS)).sorted().toList()) {
                fixtures.add(fixture(file, null, true));
            }
        }
        return new FixtureSuite(fixtures, List.of());
    }

    /**
     * Checks the fixture's report and compares the findings of its rule (of every rule, for a whole report) with
     * what the fixture expects.
     */
    public static FixtureOutcome run(Checker checker, Fixture fixture) throws IOException {
        CheckResult result;
        try {
            result = check(checker, fixture);
        } catch (RuleExecutionException e) {
            // a rule that breaks on this report fails this fixture; the other fixtures still run
            return new FixtureOutcome(fixture, List.of(e.getMessage()));
        }
        List<String> differences = new ArrayList<>();
        List<Finding> ofRule = new ArrayList<>(result.findings().stream()
                .filter(finding -> fixture.ruleId() == null || finding.ruleId().equals(fixture.ruleId())).toList());
        if (!fixture.fires()) {
            ofRule.forEach(finding -> differences.add("不应出现：" + describe(finding)));
            return new FixtureOutcome(fixture, differences);
        }
        for (ExpectedFinding expected : fixture.expected()) {
            String ruleId = expected.ruleId() == null ? fixture.ruleId() : expected.ruleId();
            List<Finding> candidates = ofRule.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
            Iterator<Finding> match = candidates.stream().filter(f -> mismatch(expected, f) == null).iterator();
            if (match.hasNext()) {
                Finding found = match.next();
                ofRule.remove(found);
            } else {
                String closest = candidates.isEmpty() ? "规则 " + ruleId + " 没有触发"
                        : mismatch(expected, candidates.get(0)) + "；实际：" + describe(candidates.get(0));
                differences.add("缺少预期的发现：" + closest);
            }
        }
        ofRule.forEach(finding -> differences.add("多出的发现：" + describe(finding)));
        return new FixtureOutcome(fixture, differences);
    }

    /** Checks the fixture's report with its options and, when it has one, last year's report beside it. */
    public static CheckResult check(Checker checker, Fixture fixture) throws IOException {
        CheckOptions options = fixture.options();
        if (fixture.previous() != null) {
            PreviousReport previous = PreviousReport.of(fixture.previous().toString(),
                    checker.read(fixture.previous(), options));
            options = options.withPrevious(PreviousReports.always(previous));
        }
        return checker.check(fixture.file(), options);
    }

    /** Why a finding does not match an expectation, or {@code null} when it does. */
    private static String mismatch(ExpectedFinding expected, Finding finding) {
        if (expected.message() != null && !finding.message().contains(expected.message())) {
            return "消息应包含“" + expected.message() + "”";
        }
        if (expected.expected() != null && !sameNumber(expected.expected(), finding.expected())) {
            return "expected 应为 " + expected.expected().toPlainString();
        }
        if (expected.actual() != null && !sameNumber(expected.actual(), finding.actual())) {
            return "actual 应为 " + expected.actual().toPlainString();
        }
        Map<String, FindingCell> cells = new LinkedHashMap<>();
        finding.cells().forEach(cell -> cells.put(cell.id(), cell));
        for (Map.Entry<String, BigDecimal> cell : expected.cells().entrySet()) {
            FindingCell found = cells.get(cell.getKey());
            if (found == null) {
                return "应涉及单元格 " + cell.getKey();
            }
            if (!sameNumber(cell.getValue(), found.value())) {
                return "单元格 " + cell.getKey() + " 的值应为 " + cell.getValue();
            }
        }
        return null;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }

    private static String describe(Finding finding) {
        StringBuilder text = new StringBuilder(finding.ruleId()).append(" ").append(finding.message());
        if (finding.expected() != null || finding.actual() != null) {
            text.append("（expected=").append(finding.expected()).append("，actual=").append(finding.actual()).append("）");
        }
        return text.toString();
    }

    /** A fixture with what its expectation file says: the findings and, under {@code options}, how to check it. */
    private static Fixture fixture(Path report, String ruleId, boolean fires) throws IOException {
        String base = base(report.getFileName().toString());
        Path file = report.resolveSibling(base + EXPECTED);
        Path previous = previous(report, base);
        if (!Files.exists(file)) {
            if (fires || ruleId == null) {
                throw new IOException(report + " 缺少预期结果文件 " + file.getFileName());
            }
            return new Fixture(ruleId, report, false, List.of(), CheckOptions.DEFAULT, previous);
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "（第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列）";
            throw new IOException(file + " 不是有效的 JSON" + where + "：" + e.getOriginalMessage(), e);
        }
        // a misspelt key ("mesage") would otherwise be ignored, and the fixture pass on any finding of the rule
        requireKnownKeys(file, "", root, ROOT_KEYS);
        requireKnownKeys(file, "options.", root.path("options"), OPTION_KEYS);
        CheckOptions options = CheckOptions.DEFAULT;
        JsonNode optionNode = root.path("options");
        if (optionNode.hasNonNull("maxBytes")) {
            options = options.withMaxBytes(optionNode.get("maxBytes").asLong());
        }
        if (optionNode.hasNonNull("published")) {
            try {
                options = options.withPublished(LocalDate.parse(optionNode.get("published").asText()));
            } catch (DateTimeParseException e) {
                throw new IOException(file + " 中 options.published 应为 YYYY-MM-DD 格式的日期，而不是“"
                        + optionNode.get("published").asText() + "”", e);
            }
        }
        List<ExpectedFinding> expected = new ArrayList<>();
        for (JsonNode node : root.path("findings")) {
            requireKnownKeys(file, "findings[].", node, FINDING_KEYS);
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            node.path("cells").fields().forEachRemaining(cell ->
                    cells.put(cell.getKey(), cell.getValue().isNull() ? null : cell.getValue().decimalValue()));
            expected.add(new ExpectedFinding(text(node, "ruleId"), text(node, "message"), cells,
                    number(node, "expected"), number(node, "actual")));
        }
        if (ruleId != null && fires && expected.isEmpty()) {
            throw new IOException(file + " 应列出规则 " + ruleId + " 的预期发现（findings）");
        }
        if (ruleId == null && expected.stream().anyMatch(finding -> finding.ruleId() == null)) {
            throw new IOException(file + " 中每个预期发现都应写明 ruleId");
        }
        return new Fixture(ruleId, report, fires, List.copyOf(expected), options, previous);
    }

    /** Last year's report beside a fixture ({@code <base>.previous.<any ending>}), or {@code null}. */
    private static Path previous(Path report, String base) throws IOException {
        try (Stream<Path> siblings = Files.list(report.toAbsolutePath().getParent())) {
            List<Path> found = siblings.filter(file -> file.getFileName().toString().startsWith(base + PREVIOUS)).toList();
            if (found.size() > 1) {
                throw new IOException(report + " 旁有多个上一年度年报：" + found);
            }
            return found.isEmpty() ? null : report.resolveSibling(found.get(0).getFileName());
        }
    }

    /** A report file has an ending (.txt, .html, .docx); its expectation is named by what stands before it. */
    private static String base(String name) {
        return name.lastIndexOf('.') > 0 ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    /** Fails on an object key the expectation format does not know, or on a value that is not an object. */
    private static void requireKnownKeys(Path file, String prefix, JsonNode node, List<String> known) throws IOException {
        if (node.isMissingNode()) {
            return;
        }
        if (!node.isObject()) {
            throw new IOException(file + " 中 " + (prefix.isEmpty() ? "顶层" : prefix.substring(0, prefix.length() - 1))
                    + " 应为 JSON 对象");
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!known.contains(key)) {
                throw new IOException(file + " 中的键“" + prefix + key + "”无法识别，可用的键：" + String.join("、", known));
            }
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static BigDecimal number(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).decimalValue() : null;
    }

    private static boolean isReport(Path file) {
        String name = file.getFileName().toString();
        return (name.startsWith("pass-") || name.startsWith("fail-")) && !name.endsWith(".json") && !name.contains(PREVIOUS);
    }
}
