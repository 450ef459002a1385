package org.xxgk.checker.engine;

import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The one cell that explains several failing relations: changed to one value, it makes each of them hold and
 * breaks none that holds. A wrong number in 表三 fails its row's sum and its column's at once; of the cells those
 * relations name, only the one where they cross can mend both, and that is the cell to look at first.
 *
 * @param cell      the cell, as printed
 * @param table     the table it stands in
 * @param corrected the value that would make the relations hold
 * @param explained the failing relations it would mend, two or more
 */
public record SuspectCell(Cell cell, Table table, BigDecimal corrected, List<SumCheck> explained)
        implements Comparison {

    /**
     * The suspects among a report's relations: for each failing equation, the value each of its cells would need;
     * a value that two or more failing relations call for, that keeps every holding relation of the cell and is not
     * negative, makes a suspect. A suspect is left out when another cell would mend one of the same failures: two
     * wrong cells in different rows and columns fail two rows and two columns, which the two cells where the other
     * row and column cross would mend as well, and the report does not tell which pair is wrong.
     *
     * @param checks every relation of the report, holding or not ({@link RelationTable#evaluate(Report)})
     */
    static List<SuspectCell> among(List<SumCheck> checks, Report report) {
        Map<Cell, List<SumCheck>> byCell = new LinkedHashMap<>();
        for (SumCheck check : checks) {
            for (Cell cell : check.cells()) {
                byCell.computeIfAbsent(cell, key -> new ArrayList<>()).add(check);
            }
        }
        List<SuspectCell> candidates = new ArrayList<>();
        byCell.forEach((cell, relations) -> suspect(cell, relations, report).ifPresent(candidates::add));
        return candidates.stream().filter(suspect -> candidates.stream().noneMatch(other -> other != suspect
                && other.explained.stream().anyMatch(suspect.explained::contains))).toList();
    }

    /**
     * The value of one cell that mends most of its failing relations, two or more, and keeps those that hold; none
     * when two values mend as many.
     */
    private static Optional<SuspectCell> suspect(Cell cell, List<SumCheck> relations, Report report) {
        // by value, compared as numbers: 9 and 9.0 are one value
        Map<BigDecimal, List<SumCheck>> mended = new TreeMap<>();
        for (SumCheck relation : relations) {
            BigDecimal change = relation.holds() || !relation.operator().equals("=") ? null : mendingChange(relation, cell);
            if (change != null) {
                mended.computeIfAbsent(cell.amount().add(change), value -> new ArrayList<>()).add(relation);
            }
        }
        List<Map.Entry<BigDecimal, List<SumCheck>>> values = mended.entrySet().stream()
                .filter(value -> value.getValue().size() >= 2 && value.getKey().signum() >= 0 && relations.stream()
                        .filter(SumCheck::holds)
                        .allMatch(relation -> holdsAfter(relation, cell, value.getKey().subtract(cell.amount()))))
                .sorted(Comparator.comparingInt(value -> -value.getValue().size()))
                .toList();
        if (values.isEmpty() || values.size() > 1 && values.get(1).getValue().size() == values.get(0).getValue().size()) {
            return Optional.empty();
        }
        Table table = report.tables().stream().filter(t -> t.cell(cell.spec()) == cell).findFirst().orElseThrow();
        return Optional.of(new SuspectCell(cell, table, values.get(0).getKey(), List.copyOf(values.get(0).getValue())));
    }

    /** The change of the cell that makes an equation hold, or {@code null} when no whole change of it does. */
    private static BigDecimal mendingChange(SumCheck relation, Cell cell) {
        int weight = relation.weight(cell);
        if (weight == 0) {
            return null;
        }
        BigDecimal[] quotient = relation.difference().negate().divideAndRemainder(BigDecimal.valueOf(weight));
        return quotient[1].signum() == 0 ? quotient[0] : null;
    }

    private static boolean holdsAfter(SumCheck relation, Cell cell, BigDecimal change) {
        BigDecimal difference = relation.difference().add(change.multiply(BigDecimal.valueOf(relation.weight(cell))));
        return RelationTable.holds(relation.operator(), difference.signum());
    }

    @Override
    public List<Cell> cells() {
        return List.of(cell);
    }

    /** The value the relations call for. */
    @Override
    public BigDecimal expected() {
        return corrected;
    }

    /** The value printed (a blank cell counts as 0). */
    @Override
    public BigDecimal actual() {
        return cell.amount();
    }

    /** The printed value, or 空白 for a blank cell. */
    public String printed() {
        return cell.raw().isEmpty() ? "空白" : cell.raw();
    }

    /** The ids of the rules whose relations it would mend, e.g. "ARI-01、ARI-03". */
    public String rules() {
        return explained.stream().map(SumCheck::rule).distinct().collect(Collectors.joining("、"));
    }

    /** Hashes by cell and value only: Drools hashes facts, and hashing every relation would be slow. */
    @Override
    public int hashCode() {
        return Objects.hash(cell.id(), corrected);
    }
}
