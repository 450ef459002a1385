package org.xxgk.checker.bench;

import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline of the rule-phase benchmark: the arithmetic identities A1–A4 and A7 of annual-report-format.md §3.1
 * for the 2021 format, written as a hand-coded checker would, with loops over the row and column ids and no rule
 * engine. Same inputs as the rules (the parsed {@link Report}, its BigDecimal cells, blank counted as 0, a relation
 * skipped when one of its cells is missing), same kind of output (one entry per failing relation). Test code only.
 */
final class PlainArithmetic {
    /** One failing relation: which identity, on which row/column/group, the parts' sum and the printed total. */
    record Failure(String relation, String scope, BigDecimal expected, BigDecimal actual) {
    }

    static final String[] T3_COLUMNS = {"natural_person", "commercial", "research", "public_welfare",
            "legal_services", "other_org", "total"};
    /** The applicant columns: every column but {@code total}. */
    static final int APPLICANTS = T3_COLUMNS.length - 1;
    static final String[] T3_LEAF_ROWS = {
            "results.granted", "results.partial",
            "results.denied.state_secret", "results.denied.law_prohibited", "results.denied.security_stability",
            "results.denied.third_party", "results.denied.internal_affairs", "results.denied.process_info",
            "results.denied.enforcement_file", "results.denied.admin_inquiry",
            "results.unavailable.not_held", "results.unavailable.needs_creation", "results.unavailable.still_unclear",
            "results.not_processed.petition", "results.not_processed.repeated", "results.not_processed.publication",
            "results.not_processed.excessive", "results.not_processed.confirmation",
            "results.other.no_correction", "results.other.fee_unpaid", "results.other.other"};
    static final String[] T3_ROWS;
    static final String[] T4_GROUPS = {"review", "suit_direct", "suit_after_review"};
    static final String[] T4_PARTS = {"upheld", "corrected", "other", "pending"};
    static final String[] T2_STOCK_ROWS = {"rules", "normative"};

    // Cell ids, built once (a hand-coded checker would keep them as constants too).
    private static final String[][] T3_IDS;          // [row][column] over T3_ROWS × T3_COLUMNS
    private static final String[][] T3_LEAF_IDS;     // [leaf row][column]
    private static final String[] T3_RESULTS_TOTAL;  // [column]
    private static final String[] T3_NEW;
    private static final String[] T3_CARRIED_IN;
    private static final String[] T3_CARRIED_OUT;
    private static final String[][] T4_PART_IDS;     // [group][part]
    private static final String[] T4_TOTAL_IDS;      // [group]
    private static final String[][] T2_STOCK_IDS;    // [row][in_force, issued, repealed]

    static {
        List<String> rows = new ArrayList<>();
        rows.add("applications.new");
        rows.add("applications.carried_in");
        rows.addAll(List.of(T3_LEAF_ROWS));
        rows.add("results.total");
        rows.add("applications.carried_out");
        T3_ROWS = rows.toArray(String[]::new);
        T3_IDS = ids("t3.", T3_ROWS, T3_COLUMNS);
        T3_LEAF_IDS = ids("t3.", T3_LEAF_ROWS, T3_COLUMNS);
        T3_RESULTS_TOTAL = ids("t3.", new String[]{"results.total"}, T3_COLUMNS)[0];
        T3_NEW = ids("t3.", new String[]{"applications.new"}, T3_COLUMNS)[0];
        T3_CARRIED_IN = ids("t3.", new String[]{"applications.carried_in"}, T3_COLUMNS)[0];
        T3_CARRIED_OUT = ids("t3.", new String[]{"applications.carried_out"}, T3_COLUMNS)[0];
        T4_PART_IDS = ids("t4.", T4_GROUPS, T4_PARTS);
        T4_TOTAL_IDS = column(ids("t4.", T4_GROUPS, new String[]{"total"}));
        T2_STOCK_IDS = ids("t2.", T2_STOCK_ROWS, new String[]{"in_force", "issued", "repealed"});
    }

    private PlainArithmetic() {
    }

    private static String[][] ids(String prefix, String[] rows, String[] columns) {
        String[][] ids = new String[rows.length][columns.length];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns.length; c++) {
                ids[r][c] = prefix + rows[r] + "." + columns[c];
            }
        }
        return ids;
    }

    private static String[] column(String[][] ids) {
        String[] column = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            column[i] = ids[i][0];
        }
        return column;
    }

    /** The failing relations A1–A4 and A7 of the report; empty when all hold. */
    static List<Failure> check(Report report) {
        List<Failure> failures = new ArrayList<>();
        Table t3 = report.table("t3");
        if (t3 != null && "2021".equals(t3.format())) {
            checkT3(t3, failures);
        }
        Table t4 = report.table("t4");
        if (t4 != null) {
            checkT4(t4, failures);
        }
        Table t2 = report.table("t2");
        if (t2 != null && "2021".equals(t2.format())) {
            checkT2(t2, failures);
        }
        return failures;
    }

    private static void checkT3(Table t3, List<Failure> failures) {
        // A1: per column, the leaf result rows add up to （七）总计.
        for (int c = 0; c < T3_COLUMNS.length; c++) {
            Cell total = t3.cell(T3_RESULTS_TOTAL[c]);
            if (total == null) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (String[] row : T3_LEAF_IDS) {
                Cell cell = t3.cell(row[c]);
                if (cell == null) {
                    complete = false;
                    break;
                }
                sum = sum.add(cell.amount());
            }
            if (complete && sum.compareTo(total.amount()) != 0) {
                failures.add(new Failure("A1", T3_COLUMNS[c], sum, total.amount()));
            }
        }
        // A2: per column, 一 + 二 = 三（七） + 四.
        for (int c = 0; c < T3_COLUMNS.length; c++) {
            Cell fresh = t3.cell(T3_NEW[c]);
            Cell carriedIn = t3.cell(T3_CARRIED_IN[c]);
            Cell total = t3.cell(T3_RESULTS_TOTAL[c]);
            Cell carriedOut = t3.cell(T3_CARRIED_OUT[c]);
            if (fresh == null || carriedIn == null || total == null || carriedOut == null) {
                continue;
            }
            BigDecimal left = fresh.amount().add(carriedIn.amount());
            BigDecimal right = total.amount().add(carriedOut.amount());
            if (left.compareTo(right) != 0) {
                failures.add(new Failure("A2", T3_COLUMNS[c], left, right));
            }
        }
        // A3: per row, the applicant columns add up to 总计.
        for (int r = 0; r < T3_ROWS.length; r++) {
            String[] row = T3_IDS[r];
            Cell total = t3.cell(row[APPLICANTS]);
            if (total == null) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (int c = 0; c < APPLICANTS; c++) {
                Cell cell = t3.cell(row[c]);
                if (cell == null) {
                    complete = false;
                    break;
                }
                sum = sum.add(cell.amount());
            }
            if (complete && sum.compareTo(total.amount()) != 0) {
                failures.add(new Failure("A3", T3_ROWS[r], sum, total.amount()));
            }
        }
    }

    private static void checkT4(Table t4, List<Failure> failures) {
        // A4: per group, 维持 + 纠正 + 其他 + 尚未审结 = 总计.
        for (int g = 0; g < T4_GROUPS.length; g++) {
            Cell total = t4.cell(T4_TOTAL_IDS[g]);
            if (total == null) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (String id : T4_PART_IDS[g]) {
                Cell cell = t4.cell(id);
                if (cell == null) {
                    complete = false;
                    break;
                }
                sum = sum.add(cell.amount());
            }
            if (complete && sum.compareTo(total.amount()) != 0) {
                failures.add(new Failure("A4", T4_GROUPS[g], sum, total.amount()));
            }
        }
    }

    private static void checkT2(Table t2, List<Failure> failures) {
        // A7: implied prior stock in_force − issued + repealed ≥ 0.
        for (int r = 0; r < T2_STOCK_ROWS.length; r++) {
            Cell inForce = t2.cell(T2_STOCK_IDS[r][0]);
            Cell issued = t2.cell(T2_STOCK_IDS[r][1]);
            Cell repealed = t2.cell(T2_STOCK_IDS[r][2]);
            if (inForce == null || issued == null || repealed == null) {
                continue;
            }
            BigDecimal prior = inForce.amount().subtract(issued.amount()).add(repealed.amount());
            if (prior.signum() < 0) {
                failures.add(new Failure("A7", T2_STOCK_ROWS[r], BigDecimal.ZERO, prior));
            }
        }
    }
}
