package org.xxgk.checker.engine;

import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleContext;
import org.xxgk.checker.Finding;
import org.xxgk.checker.FindingCell;
import org.xxgk.checker.format.FormatDefinition;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The global {@code findings} of every rule. A consequence makes one call, {@code findings.report(drools)}, and
 * the finding is built from the rule's metadata and the values its conditions bound: the message template is
 * filled from the bindings, every bound {@link Cell} (also inside a {@link Comparison} or a collection) becomes a
 * cell of the finding, a bound {@code Comparison} (or {@code $expected}/{@code $actual}) gives the expected and
 * actual numbers, a bound {@code $line} the line the finding stands at when no bound value has a line of its own
 * (the title's, which the report holds as a number). One collector serves one check.
 */
public final class FindingCollector {
    /**
     * The most findings one rule lists for one report: more than any report gives (its three tables have some 200
     * cells); a text repeating its headings thousands of times gets the first ones and one more that counts the rest,
     * not a list of hundreds of thousands.
     */
    static final int MOST_PER_RULE = 200;
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::message);

    private final Map<String, RuleMetadata> rulesByName;
    private final Profile profile;
    private final FormatDefinition format;
    private final List<Finding> findings = new ArrayList<>();

    /** @param format the format in force for the report's year, which the findings cite */
    FindingCollector(Map<String, RuleMetadata> rulesByName, Profile profile, FormatDefinition format) {
        this.rulesByName = rulesByName;
        this.profile = profile;
        this.format = format;
    }

    /** Records the finding of the rule whose consequence calls it. */
    public void report(RuleContext drools) {
        RuleMetadata rule = rulesByName.get(drools.getRule().getName());
        if (rule == null) {
            throw new IllegalStateException("rule \"" + drools.getRule().getName() + "\" reports a finding but has no @id metadata");
        }
        if (profile.disabled().contains(rule.id())) {
            return;
        }
        Match match = drools.getMatch();
        Map<String, Object> bindings = new LinkedHashMap<>();
        for (String id : match.getDeclarationIds()) {
            bindings.put(id, match.getDeclarationValue(id));
        }
        Map<String, FindingCell> cells = new LinkedHashMap<>();
        BigDecimal expected = number(bindings.get("$expected"));
        BigDecimal actual = number(bindings.get("$actual"));
        // the finding stands at the first of its places that is no cell (the sentence it quotes): the cells show
        // their own lines; else at its first cell; at a section's heading only when nothing in the section is bound
        int line = 0;
        int sectionLine = 0;
        for (Object value : bindings.values()) {
            if (value instanceof Comparison comparison) {
                comparison.cells().forEach(cell -> addCell(cell, cells));
                expected = expected == null ? comparison.expected() : expected;
                actual = actual == null ? comparison.actual() : actual;
                line = earliest(line, comparison.line());
            } else if (value instanceof Cell cell) {
                addCell(cell, cells);
            } else if (value instanceof Collection<?> items) {
                addCells(items, cells);
            } else if (value instanceof Section section) {
                sectionLine = earliest(sectionLine, section.line());
            } else {
                line = earliest(line, lineOf(value));
            }
        }
        int firstCell = 0;
        for (FindingCell cell : cells.values()) {
            firstCell = earliest(firstCell, cell.line());
        }
        line = line != 0 ? line : firstCell != 0 ? firstCell : sectionLine != 0 ? sectionLine : boundLine(bindings);
        findings.add(new Finding(rule.id(), profile.severity(rule), rule.title(), rule.message().render(bindings),
                rule.clause(format), List.copyOf(cells.values()), expected, actual, line));
    }

    /** The findings reported so far, most serious first, each rule's beyond {@link #MOST_PER_RULE} counted in one. */
    List<Finding> findings() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        Map<String, Integer> totals = new HashMap<>();
        sorted.forEach(finding -> totals.merge(finding.ruleId(), 1, Integer::sum));
        if (totals.values().stream().allMatch(total -> total <= MOST_PER_RULE)) {
            return sorted;
        }
        List<Finding> listed = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding finding : sorted) {
            int nth = seen.merge(finding.ruleId(), 1, Integer::sum);
            if (nth <= MOST_PER_RULE) {
                listed.add(finding);
            } else if (nth == MOST_PER_RULE + 1) {
                int rest = totals.get(finding.ruleId()) - MOST_PER_RULE;
                listed.add(new Finding(finding.ruleId(), finding.severity(), finding.title(),
                        "另有" + rest + "处同类问题，未逐一列出（同一规则最多列出" + MOST_PER_RULE + "处）", finding.clause(),
                        List.of(), null, null, finding.line()));
            }
        }
        return listed;
    }

    /** Adds the cells of a collection, also of collections inside it (an accumulated set of lists). */
    private static void addCells(Collection<?> items, Map<String, FindingCell> cells) {
        for (Object item : items) {
            if (item instanceof Cell cell) {
                addCell(cell, cells);
            } else if (item instanceof Collection<?> inner) {
                addCells(inner, cells);
            }
        }
    }

    private static void addCell(Cell cell, Map<String, FindingCell> cells) {
        cells.putIfAbsent(cell.id(), new FindingCell(cell.id(), cell.label(), cell.value(), cell.raw(), cell.line(),
                cell.location().column(), cell.location().tableCell()));
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        return null;
    }

    /** The earlier of two 1-based lines, where 0 is no line. */
    private static int earliest(int line, int other) {
        return line == 0 ? other : other == 0 ? line : Math.min(line, other);
    }

    /** The source line of a bound fact that has one (a claim, a label, an extra row), else 0. */
    private static int boundLine(Map<String, Object> bindings) {
        return bindings.get("$line") instanceof Integer line ? line : 0;
    }

    private static int lineOf(Object value) {
        return Properties.read(value, "line").orElse(null) instanceof Integer line ? line : 0;
    }
}
