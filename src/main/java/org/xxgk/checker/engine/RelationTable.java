package org.xxgk.checker.engine;

import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sum relations of a rule set's {@code relations/*.csv}, expanded per format, and their evaluation on a report.
 * The shape "terms = terms" (or ≥, ≤) is written once here; its instances are rows that policy staff edit.
 */
final class RelationTable {
    private final Map<String, List<RelationInstance>> byFormat;
    private final Set<String> rules;

    /**
     * @param byFormat the instances of every relation for each format id
     * @param rules    the rule ids the relations name
     */
    RelationTable(Map<String, List<RelationInstance>> byFormat, Set<String> rules) {
        this.byFormat = Map.copyOf(byFormat);
        this.rules = Set.copyOf(rules);
    }

    /** The rule ids that report relations of this table. */
    Set<String> rules() {
        return rules;
    }

    /** Every relation whose table the report has in a layout the relation was written for, evaluated. */
    List<SumCheck> evaluate(Report report) {
        List<SumCheck> checks = new ArrayList<>();
        for (Table table : report.tables()) {
            for (RelationInstance relation : byFormat.getOrDefault(table.format(), List.of())) {
                if (relation.layoutId().equals(table.layout().id())) {
                    SumCheck check = evaluate(relation, table);
                    if (check != null) {
                        checks.add(check);
                    }
                }
            }
        }
        return checks;
    }

    /** The relation on the table, or {@code null} when the table lacks one of its cells. */
    private static SumCheck evaluate(RelationInstance relation, Table table) {
        List<Cell> cells = new ArrayList<>(relation.left().size() + relation.right().size());
        List<Cell> assumedZero = new ArrayList<>(0);
        SumSide right = side(relation.right(), table, cells, assumedZero);
        SumSide left = right == null ? null : side(relation.left(), table, cells, assumedZero);
        if (left == null) {
            return null;
        }
        int comparison = left.sum().compareTo(right.sum());
        boolean holds = switch (relation.operator()) {
            case "≥" -> comparison >= 0;
            case "≤" -> comparison <= 0;
            default -> comparison == 0;
        };
        return new SumCheck(relation.rule(), relation.key(), relation.scope(), relation.operator(), holds, left, right,
                cells, assumedZero);
    }

    /** A side's values and sum on the table, adding its cells to the lists; {@code null} if a cell is missing. */
    private static SumSide side(List<Term> terms, Table table, List<Cell> cells, List<Cell> assumedZero) {
        List<BigDecimal> values = new ArrayList<>(terms.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (Term term : terms) {
            BigDecimal value;
            if (term.cellId() == null) {
                value = BigDecimal.valueOf(term.constant());
            } else {
                Cell cell = table.cell(term.cellId());
                if (cell == null) {
                    return null;
                }
                cells.add(cell);
                if (!cell.isNumber()) {
                    assumedZero.add(cell);
                }
                value = cell.amount();
            }
            values.add(value);
            sum = term.negative() ? sum.subtract(value) : sum.add(value);
        }
        return new SumSide(terms, values, sum);
    }
}
