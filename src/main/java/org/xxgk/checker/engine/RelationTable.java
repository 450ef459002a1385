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
        Side left = Side.of(relation.left(), table);
        Side right = Side.of(relation.right(), table);
        if (left == null || right == null) {
            return null;
        }
        int comparison = left.sum.compareTo(right.sum);
        boolean holds = switch (relation.operator()) {
            case "≥" -> comparison >= 0;
            case "≤" -> comparison <= 0;
            default -> comparison == 0;
        };
        boolean equation = relation.operator().equals("=");
        List<Cell> cells = new ArrayList<>(right.cells);
        cells.addAll(left.cells);
        List<Cell> assumedZero = new ArrayList<>(right.assumedZero);
        assumedZero.addAll(left.assumedZero);
        return new SumCheck(relation.rule(), relation.key(), relation.scope(), relation.operator(), holds,
                equation ? left.sum : right.sum, equation ? right.sum : left.sum,
                left.text(false), left.text(true), right.text(false), right.text(true),
                List.copyOf(cells), List.copyOf(assumedZero));
    }

    /** One side of a relation on a table: its terms' values and their sum. */
    private static final class Side {
        private final List<Term> terms;
        private final List<BigDecimal> values = new ArrayList<>();
        private final List<Cell> cells = new ArrayList<>();
        private final List<Cell> assumedZero = new ArrayList<>();
        private BigDecimal sum = BigDecimal.ZERO;

        private Side(List<Term> terms) {
            this.terms = terms;
        }

        static Side of(List<Term> terms, Table table) {
            Side side = new Side(terms);
            for (Term term : terms) {
                BigDecimal value;
                if (term.cellId() == null) {
                    value = BigDecimal.valueOf(term.constant());
                } else {
                    Cell cell = table.cell(term.cellId());
                    if (cell == null) {
                        return null;
                    }
                    side.cells.add(cell);
                    if (!cell.isNumber()) {
                        side.assumedZero.add(cell);
                    }
                    value = cell.amount();
                }
                side.values.add(value);
                side.sum = term.negative() ? side.sum.subtract(value) : side.sum.add(value);
            }
            return side;
        }

        /** "8+4+12+0=24", or with names "本年新收545+上年结转23=568"; a single term is just its value. */
        String text(boolean labeled) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < terms.size(); i++) {
                Term term = terms.get(i);
                if (term.negative()) {
                    text.append('−');
                } else if (i > 0) {
                    text.append('+');
                }
                if (labeled) {
                    text.append(term.label());
                }
                text.append(values.get(i).toPlainString());
            }
            if (terms.size() > 1) {
                text.append('=').append(sum.toPlainString());
            }
            return text.toString();
        }
    }
}
