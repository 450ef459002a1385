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
 * format; a percentage is recomputed from its operands, within half a unit of its last printed digit.
 */
final class ClaimTable {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** For each claim id, its cells resolved for each format id. */
    private final Map<String, Map<String, Resolved>> compare;
    private final Set<String> rules;

    /** A claim's cells in one format, and the layouts they stand in. */
    private record Resolved(List<Term> terms, Set<String> layouts) {
    }

    private ClaimTable(Map<String, Map<String, Resolved>> compare, Set<String> rules) {
        this.compare = compare;
        this.rules = rules;
    }

    /**
     * Resolves every claim's cells for every format that has their tables, each format with the first of the claim's
     * expressions that names its tables; a cell lacking in the newest format with those tables is a problem.
     */
    static ClaimTable of(TextVocabulary vocabulary, FormatCatalog catalog, Path base, List<FileProblem> problems) {
        Map<String, Map<String, Resolved>> compare = new HashMap<>();
        Set<String> rules = new HashSet<>();
        for (ClaimSpec claim : vocabulary.claims()) {
            rules.add(claim.rule());
            if (claim.compare().isEmpty()) {
                continue;
            }
            Path file = base.resolve(vocabulary.claimsFile());
            Map<String, Resolved> byFormat = new HashMap<>();
            Set<String> taken = new HashSet<>();
            boolean problem = false;
            for (String expression : claim.compare()) {
                List<CellExpression.Written> written = CellExpression.parse(expression);
                if (written == null) {
                    problems.add(FileProblem.in(base, file, claim.line(), 0,
                            "说法“" + claim.id() + "”的 compare“" + expression + "”写法有误（应为：单元格 + 单元格）", ""));
                    problem = true;
                    continue;
                }
                // the formats, oldest first, that have this expression's tables and no earlier expression's
                List<FormatDefinition> formats = catalog.formats().stream()
                        .filter(format -> !taken.contains(format.id()) && written.stream().allMatch(term -> term.text().matches("\\d+")
                                || catalog.layoutWithId(format, CellExpression.tableOf(term)).isPresent()))
                        .toList();
                if (formats.isEmpty() && claim.compare().size() > 1) {
                    // in a list, an entry no format takes would silently leave the claim unchecked where it was meant
                    problems.add(FileProblem.in(base, file, claim.line(), 0, "说法“" + claim.id() + "”的 compare 中的“"
                            + expression + "”不会被使用：它引用的表格在任何报告格式中都不存在，或这些格式已用前面的写法", ""));
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
                        messages.forEach(message -> problems.add(FileProblem.in(base, file, claim.line(), 0,
                                "说法“" + claim.id() + "”：" + message + "（格式 " + format.id() + "）", "")));
                    }
                }
            }
            if (byFormat.isEmpty() && !problem) {
                problems.add(FileProblem.in(base, file, claim.line(), 0,
                        "说法“" + claim.id() + "”的 compare 引用的表格在任何报告格式中都不存在", ""));
            }
            compare.put(claim.id(), byFormat);
        }
        return new ClaimTable(compare, rules);
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
        SumSide side = side(claim, tables, cells, assumedZero);
        if (side == null || claim.value() == null) {
            return null;
        }
        return new ClaimCheck(claim, side.sum().compareTo(claim.value()) == 0, side.sum(), claim.value(), cells,
                assumedZero);
    }

    private ClaimCheck ratio(Claim claim, Map<String, Table> tables) {
        List<Cell> cells = new ArrayList<>();
        List<Cell> assumedZero = new ArrayList<>(0);
        BigDecimal base = claim.base();
        if (base == null) {
            SumSide side = side(claim, tables, cells, assumedZero);
            base = side == null ? null : side.sum();
        }
        if (base == null || base.signum() == 0 || claim.value() == null) {
            return null;
        }
        BigDecimal exact = claim.value().multiply(HUNDRED).divide(base, MathContext.DECIMAL64);
        BigDecimal printed = claim.percent();
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(printed.scale(), 0)).divide(BigDecimal.valueOf(2));
        boolean holds = exact.subtract(printed).abs().compareTo(tolerance) <= 0;
        return new ClaimCheck(claim, holds, exact.setScale(Math.max(printed.scale(), 0), RoundingMode.HALF_UP),
                printed, cells, assumedZero);
    }

    /**
     * The claim's cells on the report, in the first format whose tables the report has; {@code null} if none, or if
     * one of those tables was printed without data ({@link Table#isUnfilled()}): STR-14 reports it, and its blanks
     * counted as 0 would contradict every figure the prose gives.
     */
    private SumSide side(Claim claim, Map<String, Table> tables, List<Cell> cells, List<Cell> assumedZero) {
        for (Map.Entry<String, Resolved> resolved : compare.getOrDefault(claim.id(), Map.of()).entrySet()) {
            Set<String> layouts = resolved.getValue().layouts();
            if (RelationTable.applies(layouts, resolved.getKey(), tables)) {
                for (String layout : layouts) {
                    if (tables.get(layout).isUnfilled()) {
                        return null;
                    }
                }
                return SumSide.of(resolved.getValue().terms(), tables, Map.of(), cells, assumedZero);
            }
        }
        return null;
    }
}
