package org.xxgk.checker.engine;

import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.Table;

import java.util.ArrayList;
import java.util.HashMap;
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

    /** Every relation whose tables the report has, in layouts of the format the relation was expanded for. */
    List<SumCheck> evaluate(Report report) {
        Map<String, Table> tables = byLayout(report);
        List<SumCheck> checks = new ArrayList<>();
        for (List<RelationInstance> relations : byFormat.values()) {
            for (RelationInstance relation : relations) {
                if (applies(relation.layouts(), relation.formatId(), tables)) {
                    SumCheck check = evaluate(relation, tables);
                    if (check != null) {
                        checks.add(check);
                    }
                }
            }
        }
        return checks;
    }

    /** The report's tables by layout id ({@code t3}, {@code t2v19}). */
    static Map<String, Table> byLayout(Report report) {
        Map<String, Table> tables = new HashMap<>();
        report.tables().forEach(table -> tables.put(table.layout().id(), table));
        return tables;
    }

    /** Whether the report has every layout in the format the expression was resolved for. */
    static boolean applies(Set<String> layouts, String formatId, Map<String, Table> tables) {
        for (String layout : layouts) {
            Table table = tables.get(layout);
            if (table == null || !table.format().equals(formatId)) {
                return false;
            }
        }
        return true;
    }

    /** The relation on the tables, or {@code null} when a cell is missing. */
    private static SumCheck evaluate(RelationInstance relation, Map<String, Table> tables) {
        List<Cell> cells = new ArrayList<>(relation.left().size() + relation.right().size());
        List<Cell> assumedZero = new ArrayList<>(0);
        SumSide right = SumSide.of(relation.right(), tables, cells, assumedZero);
        SumSide left = right == null ? null : SumSide.of(relation.left(), tables, cells, assumedZero);
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
}
