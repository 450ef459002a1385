package org.xxgk.checker.engine;

import org.xxgk.checker.PreviousReport;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sum relations of a rule set's {@code relations/*.csv}, expanded per format, and their evaluation on a report.
 * The shape "terms = terms" (or ≥, ≤) is written once here; its instances are rows that policy staff edit.
 */
final class RelationTable {
    private final RelationGroups relations;
    private final List<CrossYearRelation> acrossYears;
    private final Map<String, Mention> rules;

    /** Where a rule id is first named in a relation table: a rule that does not exist is reported there. */
    record Mention(Path file, int line) {
    }

    /**
     * @param byFormat    the instances of every relation of one report, for each format id
     * @param acrossYears the relations between last year's report and this year's
     * @param rules       the rule ids the relations name, each with where it is first named
     */
    RelationTable(Map<String, List<RelationInstance>> byFormat, List<CrossYearRelation> acrossYears,
                  Map<String, Mention> rules) {
        this.relations = new RelationGroups(byFormat.values());
        this.acrossYears = List.copyOf(acrossYears);
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** The rule ids that report relations of this table. */
    Set<String> rules() {
        return rules.keySet();
    }

    /** Where a rule id of {@link #rules()} is first named. */
    Mention mention(String rule) {
        return rules.get(rule);
    }

    /** Every relation whose tables the report has, in layouts of the format the relation was expanded for. */
    List<SumCheck> evaluate(Report report) {
        return evaluate(report, true);
    }

    /**
     * The relations the rules need to see: those that do not hold, and those that count a cell without a number as
     * 0. A relation over whole numbers that holds, as nearly all do, is settled without being built.
     */
    List<SumCheck> evaluateUnsound(Report report) {
        return evaluate(report, false);
    }

    private List<SumCheck> evaluate(Report report, boolean all) {
        Map<String, Table> tables = byLayout(report);
        List<SumCheck> checks = new ArrayList<>();
        for (RelationInstance relation : relations.toEvaluate(tables, !all)) {
            SumCheck check = evaluate(relation, tables, Map.of());
            if (check != null && (all || !check.holds() || !check.assumedZero().isEmpty())) {
                checks.add(check);
            }
        }
        return checks;
    }

    /**
     * The relations between this year's report and last year's. One that cannot be evaluated (a format without its
     * cells, a table or cell the source lacks) becomes a gap saying why, unless another relation of its rule compared
     * the same thing.
     */
    CrossYear acrossYears(Report report, PreviousReport previous) {
        String missing = CrossYear.whyNotComparable(report, previous);
        if (missing != null) {
            return CrossYear.notComparable(missing);
        }
        Map<String, Table> tables = byLayout(report);
        Map<String, Table> previousTables = byLayout(previous.report());
        List<SumCheck> checks = new ArrayList<>();
        Map<Reason, List<String>> gaps = new LinkedHashMap<>();
        for (CrossYearRelation relation : acrossYears) {
            Table table = report.table(relation.table());
            Table previousTable = previous.report().table(relation.previousTable());
            String gap;
            if (table == null) {
                gap = "本年报告中没有识别出" + relation.tableName();
            } else if (previousTable == null) {
                gap = "上年报告中没有识别出" + relation.previousTableName();
            } else {
                String pair = CrossYearRelation.pair(table.format(), previousTable.format());
                RelationInstance instance = relation.instances().get(pair);
                SumCheck check = instance == null ? null : evaluate(instance, tables, previousTables);
                if (check != null) {
                    checks.add(check);
                }
                gap = instance == null ? relation.gaps().get(pair)
                        : check == null ? unread(instance, tables, previousTables) : null;
            }
            if (gap != null) {
                gaps.computeIfAbsent(new Reason(relation.rule(), gap), key -> new ArrayList<>()).add(relation.scope());
            }
        }
        Set<String> compared = new HashSet<>();
        checks.forEach(check -> compared.add(check.rule() + "/" + check.scope()));
        List<CrossYearGap> notCompared = new ArrayList<>();
        gaps.forEach((reason, scopes) -> {
            List<String> open = scopes.stream().filter(scope -> !compared.contains(reason.rule() + "/" + scope)).toList();
            if (!open.isEmpty()) {
                notCompared.add(new CrossYearGap(reason.rule(), reason.text(), open));
            }
        });
        return CrossYear.compared(report, previous, checks, notCompared);
    }

    /** Why relations of a rule could not be evaluated: what gathers their scopes into one gap. */
    private record Reason(String rule, String text) {
    }

    /** The first cell of a relation that a report's table lacks, in words. */
    private static String unread(RelationInstance relation, Map<String, Table> tables, Map<String, Table> previousTables) {
        for (List<Term> side : List.of(relation.left(), relation.right())) {
            for (Term term : side) {
                Table table = term.cell() == null ? null : (term.previous() ? previousTables : tables).get(term.layoutId());
                if (table != null && table.cell(term.cell()) == null) {
                    return (term.previous() ? "上年" : "本年") + "报告" + table.layout().name() + "中没有识别出“"
                            + term.cell().label() + "”";
                }
            }
        }
        return "报告中缺少比较所需的单元格";
    }

    /** The report's tables by layout id ({@code t3}, {@code t2v19}). */
    static Map<String, Table> byLayout(Report report) {
        Map<String, Table> tables = new HashMap<>();
        report.tables().forEach(table -> tables.put(table.layout().id(), table));
        return tables;
    }

    /** The relation on the tables (and last year's, for its terms written {@code prev.}), or {@code null} when a cell is missing. */
    private static SumCheck evaluate(RelationInstance relation, Map<String, Table> tables, Map<String, Table> previousTables) {
        List<Cell> cells = new ArrayList<>(relation.left().size() + relation.right().size());
        List<Cell> assumedZero = new ArrayList<>(0);
        SumSide right = SumSide.of(relation.right(), tables, previousTables, cells, assumedZero);
        SumSide left = right == null ? null : SumSide.of(relation.left(), tables, previousTables, cells, assumedZero);
        if (left == null) {
            return null;
        }
        int comparison = left.sum().compareTo(right.sum());
        return new SumCheck(relation.rule(), relation.key(), relation.scope(), relation.operator(),
                holds(relation.operator(), comparison), left, right, cells, assumedZero);
    }

    /** Whether "left operator right" holds, given how left compares with right. */
    static boolean holds(String operator, int comparison) {
        return switch (operator) {
            case "≥" -> comparison >= 0;
            case "≤" -> comparison <= 0;
            default -> comparison == 0;
        };
    }
}
