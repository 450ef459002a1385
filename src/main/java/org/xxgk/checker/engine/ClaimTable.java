package org.xxgk.checker.engine;

import org.xxgk.checker.format.FileProblem;
import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.format.FormatDefinition;
import org.xxgk.checker.narrative.Claim;
import org.xxgk.checker.narrative.ClaimSpec;
import org.xxgk.checker.narrative.TextVocabulary;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.Table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the numbers the prose claims with the cells of {@code claims.yaml}'s {@code compare}, resolved for each
 * format; a percentage is recomputed from its operands, within half a unit of its last printed digit: those the text
 * states, or the cells of {@code numerator} and of {@code compare} (or {@code also_compare}, another definition of
 * its denominator).
 */
final class ClaimTable {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** For each claim id, its cells resolved for each format id. */
    private final Map<String, Map<String, Resolved>> compare;
    /** For each rate with a numerator of the tables', its cells resolved for each format id. */
    private final Map<String, Map<String, Resolved>> numerators;
    /** For each rate with another definition of its denominator, its cells resolved for each format id. */
    private final Map<String, Map<String, Resolved>> alsoCompare;
    private final Set<String> rules;

    /** A claim's cells in one format, and the layouts they stand in. */
    private record Resolved(List<Term> terms, Set<String> layouts) {
    }

    private ClaimTable(Map<String, Map<String, Resolved>> compare, Map<String, Map<String, Resolved>> numerators,
                       Map<String, Map<String, Resolved>> alsoCompare, Set<String> rules) {
        this.compare = compare;
        this.numerators = numerators;
        this.alsoCompare = alsoCompare;
        this.rules = rules;
    }

    /**
     * Resolves every claim's cells for every format that has their tables, each format with the first of the claim's
     * expressions that names its tables; a cell lacking in the newest format with those tables is a problem.
     */
    static ClaimTable of(TextVocabulary vocabulary, FormatCatalog catalog, Path base, List<FileProblem> problems) {
        Map<String, Map<String, Resolved>> compare = new HashMap<>();
        Map<String, Map<String, Resolved>> numerators = new HashMap<>();
        Map<String, Map<String, Resolved>> alsoCompare = new HashMap<>();
        Set<String> rules = new HashSet<>();
        Path file = base.resolve(vocabulary.claimsFile());
        for (ClaimSpec claim : vocabulary.claims()) {
            rules.add(claim.rule());
            Cells cells = new Cells(claim, catalog, base, file, problems);
            cells.resolve("compare", claim.compare(), compare);
            cells.resolve("numerator", claim.numerator(), numerators);
            cells.resolve("also_compare", claim.alsoCompare(), alsoCompare);
        }
        return new ClaimTable(compare, numerators, alsoCompare, rules);
    }

    /** Resolves the cell expressions of one claim, telling what is wrong with them. */
    private record Cells(ClaimSpec claim, FormatCatalog catalog, Path base, Path file, List<FileProblem> problems) {

        /** Puts a key's expressions, resolved for each format, under the claim's id; nothing when it has none. */
        void resolve(String key, List<String> expressions, Map<String, Map<String, Resolved>> resolved) {
            if (expressions.isEmpty()) {
                return;
            }
            Map<String, Resolved> byFormat = new HashMap<>();
            Set<String> taken = new HashSet<>();
            boolean problem = false;
            for (String expression : expressions) {
                List<CellExpression.Written> written = CellExpression.parse(expression);
                if (written == null) {
                    problem("的 " + key + "“" + expression + "”写法有误（应为：单元格 + 单元格）");
                    problem = true;
                    continue;
                }
                // the formats, oldest first, that have this expression's tables and no earlier expression's
                List<FormatDefinition> formats = catalog.formats().stream()
                        .filter(format -> !taken.contains(format.id()) && written.stream()
                                .allMatch(term -> term.text().matches("\\d+")
                                        || catalog.layoutWithId(format, CellExpression.tableOf(term)).isPresent()))
                        .toList();
                if (formats.isEmpty() && expressions.size() > 1) {
                    // in a list, an entry no format takes would silently leave the claim unchecked where it was meant
                    problem("的 " + key + " 中的“" + expression + "”不会被使用：它引用的表格在任何报告格式中都不存在，"
                            + "或这些格式已用前面的写法");
                    problem = true;
                }
                for (FormatDefinition format : formats) {
                    taken.add(format.id());
                    List<String> messages = new ArrayList<>();
                    List<Term> terms = CellExpression.resolve(written, catalog, format, messages::add);
                    if (terms != null) {
                        byFormat.put(format.id(), new Resolved(terms, Term.layoutsOf(terms)));
                    } else if (format.equals(formats.get(formats.size() - 1))) {
                        // an older format may lack a cell (such as （六）2. fee_unpaid), leaving the claim unchecked
                        // there; the newest one with the tables must have them all
                        problem = true;
                        messages.forEach(message -> problem("：" + message + "（格式 " + format.id() + "）"));
                    }
                }
            }
            if (byFormat.isEmpty() && !problem) {
                problem("的 " + key + " 引用的表格在任何报告格式中都不存在");
            }
            resolved.put(claim.id(), byFormat);
        }

        private void problem(String message) {
            problems.add(FileProblem.in(base, file, claim.line(), 0, "说法“" + claim.id() + "”" + message, ""));
        }
    }

    /** The rule ids the claims name. */
    Set<String> rules() {
        return rules;
    }

    /** Every claim that can be compared on this report, compared. */
    List<ClaimCheck> evaluate(Report report, List<Claim> claims) {
        Map<String, Table> tables = RelationTable.byLayout(report);
        List<ClaimCheck> checks = new ArrayList<>();
        for (Claim claim : claims) {
            ClaimCheck check = claim.percent() != null ? ratio(claim, tables) : number(claim, tables);
            if (check != null) {
                checks.add(check);
            }
        }
        return checks;
    }

    private ClaimCheck number(Claim claim, Map<String, Table> tables) {
        List<Cell> cells = new ArrayList<>();
        List<Cell> assumedZero = new ArrayList<>(0);
        SumSide side = side(compare, claim, tables, cells, assumedZero);
        if (side == null || claim.value() == null) {
            return null;
        }
        return new ClaimCheck(claim, side.sum().compareTo(claim.value()) == 0, side.sum(), null, claim.value(), cells,
                assumedZero);
    }

    /**
     * A percentage compared with what its operands give, by each definition of its denominator that is not 0; none
     * when every one is (or the tables lack its cells): no rate follows from it.
     */
    private ClaimCheck ratio(Claim claim, Map<String, Table> tables) {
        List<Cell> cells = new ArrayList<>();
        List<Cell> assumedZero = new ArrayList<>(0);
        BigDecimal part = claim.value() != null ? claim.value() : sum(numerators, claim, tables, cells, assumedZero);
        List<BigDecimal> bases = new ArrayList<>(2);
        bases.add(claim.base() != null ? claim.base() : sum(compare, claim, tables, cells, assumedZero));
        bases.add(sum(alsoCompare, claim, tables, cells, assumedZero));
        bases.removeIf(base -> base == null || base.signum() == 0);
        if (part == null || bases.isEmpty()) {
            return null;
        }
        BigDecimal printed = claim.percent();
        int scale = Math.max(printed.scale(), 0);
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
        boolean holds = false;
        List<BigDecimal> expected = new ArrayList<>(bases.size());
        for (BigDecimal base : bases) {
            BigDecimal exact = part.multiply(HUNDRED).divide(base, MathContext.DECIMAL64);
            holds |= exact.subtract(printed).abs().compareTo(tolerance) <= 0;
            BigDecimal rounded = exact.setScale(scale, RoundingMode.HALF_UP);
            if (!expected.contains(rounded)) {
                expected.add(rounded);
            }
        }
        // the definitions share cells (纠错率's 总计), which the finding names once
        return new ClaimCheck(claim, holds, expected.get(0), expected.size() > 1 ? expected.get(1) : null, printed,
                cells.stream().distinct().toList(), assumedZero.stream().distinct().toList());
    }

    /** The sum of the claim's cells in one of the maps, or {@code null} ({@link #side}). */
    private static BigDecimal sum(Map<String, Map<String, Resolved>> resolved, Claim claim, Map<String, Table> tables,
                                  List<Cell> cells, List<Cell> assumedZero) {
        SumSide side = side(resolved, claim, tables, cells, assumedZero);
        return side == null ? null : side.sum();
    }

    /**
     * The claim's cells in one of the maps on the report, in the first format whose tables the report has;
     * {@code null} if none, or if one of those tables was printed without data ({@link Table#isUnfilled()}): STR-14
     * reports it, and its blanks counted as 0 would contradict every figure the prose gives.
     */
    private static SumSide side(Map<String, Map<String, Resolved>> resolved, Claim claim, Map<String, Table> tables,
                                List<Cell> cells, List<Cell> assumedZero) {
        for (Map.Entry<String, Resolved> inFormat : resolved.getOrDefault(claim.id(), Map.of()).entrySet()) {
            Set<String> layouts = inFormat.getValue().layouts();
            if (RelationGroups.tablesIn(layouts, inFormat.getKey(), tables) != null) {
                for (String layout : layouts) {
                    if (tables.get(layout).isUnfilled()) {
                        return null;
                    }
                }
                return SumSide.of(inFormat.getValue().terms(), tables, Map.of(), cells, assumedZero);
            }
        }
        return null;
    }
}
