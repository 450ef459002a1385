package org.xxgk.checker.engine;

import org.xxgk.checker.format.CellSpec;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule set's relations of one report laid out for evaluation. Consecutive relations of one format that read the same
 * layouts form a group, for which the report's tables are looked up once; the relations keep their order. A relation whose cells all hold whole numbers, as nearly
 * all do, can be settled in a quick pass, in long arithmetic, without its {@link SumCheck} being built: each of its
 * terms is a slot of one of the group's tables, read from the table's numbers worked out once per report.
 */
final class RelationGroups {
    /** A cell that is missing or holds no whole number the pass may add: its relations are evaluated in full. */
    private static final long NOT_WHOLE = Long.MIN_VALUE;
    /**
     * Terms and running sums stay below this, so adding one more cannot overflow a long. A cell of at most
     * {@link #MAX_DIGITS} digits is below it; a constant need not be.
     */
    private static final long WHOLE_BOUND = 1L << 53;
    /** The most digits a cell's number may have to be added here: fewer than the bound has. */
    private static final int MAX_DIGITS = 15;

    private final List<Group> groups = new ArrayList<>();

    /** @param relations the relations of each format, in the order they are to be evaluated */
    RelationGroups(Collection<List<RelationInstance>> relations) {
        for (List<RelationInstance> ofFormat : relations) {
            Group group = null;
            for (RelationInstance relation : ofFormat) {
                if (group == null || !group.reads(relation)) {
                    group = new Group(relation);
                    groups.add(group);
                }
                group.add(relation);
            }
        }
    }

    /**
     * The relations to evaluate on a report, in their order: those whose layouts the report has, in the format they
     * were expanded for; when {@code settle} is set, less those that hold on whole numbers.
     *
     * @param tables the report's tables by layout id
     */
    List<RelationInstance> toEvaluate(Map<String, Table> tables, boolean settle) {
        List<RelationInstance> open = new ArrayList<>();
        Map<Table, long[]> numbers = new IdentityHashMap<>(4);
        for (Group group : groups) {
            Table[] read = tablesIn(group.layouts, group.formatId, tables);
            if (read == null) {
                continue;
            }
            long[][] whole = settle ? group.wholeNumbers(read, numbers) : null;
            for (int r = 0; r < group.relations.size(); r++) {
                if (whole == null || !group.terms.get(r).holdOn(whole)) {
                    open.add(group.relations.get(r));
                }
            }
        }
        return open;
    }

    /**
     * The report's tables of some layouts, or {@code null} when it lacks one or has it in another format than the one
     * the relation or claim reading them was resolved for.
     *
     * @param tables the report's tables by layout id
     */
    static Table[] tablesIn(Collection<String> layouts, String formatId, Map<String, Table> tables) {
        Table[] read = new Table[layouts.size()];
        int i = 0;
        for (String layout : layouts) {
            read[i] = tables.get(layout);
            if (read[i] == null || !read[i].format().equals(formatId)) {
                return null;
            }
            i++;
        }
        return read;
    }

    /** A table's cells by slot as whole numbers; {@link #NOT_WHOLE} for a missing cell or any other value. */
    private static long[] wholeNumbers(Table table) {
        List<Cell> slots = table.slots();
        long[] numbers = new long[slots.size()];
        for (int i = 0; i < numbers.length; i++) {
            Cell cell = slots.get(i);
            BigDecimal value = cell == null || !cell.isNumber() ? null : cell.value();
            numbers[i] = value != null && value.scale() == 0 && value.precision() <= MAX_DIGITS
                    ? value.longValue() : NOT_WHOLE;
        }
        return numbers;
    }

    /** Consecutive relations of one format that read the same layouts. */
    private static final class Group {
        private final String formatId;
        private final Set<String> layoutSet;
        private final List<String> layouts;
        /**
         * For each layout, one cell the terms read of it: a table holding that very cell was read in the layout they
         * were resolved in, since every layout has cells of its own ({@code TableLayout} makes them), even one equal
         * to another rule set's.
         */
        private final CellSpec[] samples;
        private final List<RelationInstance> relations = new ArrayList<>();
        private final List<Terms> terms = new ArrayList<>();

        Group(RelationInstance first) {
            this.formatId = first.formatId();
            this.layoutSet = first.layouts();
            this.layouts = List.copyOf(layoutSet);
            this.samples = new CellSpec[layouts.size()];
        }

        boolean reads(RelationInstance relation) {
            return relation.formatId().equals(formatId) && relation.layouts().equals(layoutSet);
        }

        void add(RelationInstance relation) {
            List<Term> all = new ArrayList<>(relation.left());
            all.addAll(relation.right());
            Terms laidOut = new Terms(relation.operator(), new int[all.size()], new int[all.size()],
                    new long[all.size()], new boolean[all.size()], relation.left().size());
            for (int i = 0; i < all.size(); i++) {
                Term term = all.get(i);
                laidOut.negative[i] = term.negative();
                if (term.cell() == null) {
                    laidOut.table[i] = -1;
                    laidOut.constant[i] = term.constant();
                } else {
                    int table = layouts.indexOf(term.layoutId());
                    laidOut.table[i] = table;
                    laidOut.slot[i] = term.cell().index();
                    samples[table] = samples[table] == null ? term.cell() : samples[table];
                }
            }
            relations.add(relation);
            terms.add(laidOut);
        }

        /**
         * The tables' numbers by slot, each table's worked out once per report ({@code numbers}); {@code null} when a
         * table was read in another layout object than the one the terms were resolved in (a report read by another
         * rule set), whose slots need not match: its relations are then evaluated in full.
         */
        long[][] wholeNumbers(Table[] read, Map<Table, long[]> numbers) {
            long[][] whole = new long[read.length][];
            for (int i = 0; i < read.length; i++) {
                if (read[i].layout().cell(samples[i].id()) != samples[i]) {
                    return null;
                }
                whole[i] = numbers.computeIfAbsent(read[i], RelationGroups::wholeNumbers);
            }
            return whole;
        }
    }

    /**
     * A relation's operator and terms, left of the operator first: each a slot of one of its group's tables
     * ({@code table} is the table's place among the group's layouts), or a constant ({@code table} is -1).
     */
    private record Terms(String operator, int[] table, int[] slot, long[] constant, boolean[] negative, int leftCount) {

        /** Whether every cell the terms read holds a whole number, and the relation holds on them. */
        boolean holdOn(long[][] whole) {
            long left = sum(0, leftCount, whole);
            long right = left == NOT_WHOLE ? NOT_WHOLE : sum(leftCount, slot.length, whole);
            return right != NOT_WHOLE && RelationTable.holds(operator, Long.compare(left, right));
        }

        private long sum(int from, int to, long[][] whole) {
            long sum = 0;
            for (int i = from; i < to; i++) {
                long value = table[i] < 0 ? constant[i] : whole[table[i]][slot[i]];
                if (value == NOT_WHOLE || Math.abs(value) >= WHOLE_BOUND || Math.abs(sum) >= WHOLE_BOUND) {
                    return NOT_WHOLE;
                }
                sum += negative[i] ? -value : value;
            }
            return sum;
        }
    }
}
