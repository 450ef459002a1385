package org.xxgk.checker.ingest;

import org.xxgk.checker.format.Labels;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts back together a table printed one cell per line, as text taken from some PDFs and web pages is: a row's label
 * on a line, then each of its values on a line of its own. Such a table is known by its values: every line that
 * holds one holds nothing else, and there are more than a couple of page numbers' worth of them. Page numbers and
 * footers between the cells ("第 3 页", "- 5 -") are passed over. Each cell keeps its own line and column, for the
 * findings that name it.
 */
final class CellPerLine {
    /** Fewer lone values than this are page numbers under a table printed as an image, not a table's cells. */
    private static final int MIN_VALUES = 5;
    /** The longest page number or footer looked for: "第123页共456页". */
    private static final int MAX_FURNITURE = 16;
    private static final Pattern PAGE_FURNITURE = Pattern.compile(
            "第\\d+页(?:[,，/]?共\\d+页)?|共\\d+页第\\d+页|[-—–－]\\d+[-—–－]|\\d+/\\d+");

    private CellPerLine() {
    }

    /** The lines of a table's region, with a label and the values on the lines after it joined into one row. */
    static List<TableLine> join(List<TableLine> region) {
        if (!isCellPerLine(region)) {
            return region;
        }
        List<TableLine> rows = new ArrayList<>(region.size());
        for (int i = 0; i < region.size(); i++) {
            TableLine line = region.get(i);
            if (isPageFurniture(line)) {
                continue;
            }
            List<TableLine> row = new ArrayList<>(List.of(line));
            int next = i + 1;
            // blank lines and page furniture may stand between the cells
            for (; next < region.size() && (isLoneValue(region.get(next)) || isBlank(region.get(next))
                    || isPageFurniture(region.get(next))); next++) {
                if (isLoneValue(region.get(next))) {
                    row.add(region.get(next));
                }
            }
            if (line.labels().isEmpty() || line.hasValues() || row.size() == 1) {
                rows.add(line);
                continue;
            }
            rows.add(TableLine.joined(row));
            i = next - 1;
        }
        return rows;
    }

    private static boolean isCellPerLine(List<TableLine> region) {
        int values = 0;
        for (TableLine line : region) {
            if (line.hasValues()) {
                if (isLoneValue(line)) {
                    values++;
                } else if (!isPageFurniture(line)) {
                    return false;
                }
            }
        }
        return values >= MIN_VALUES;
    }

    private static boolean isLoneValue(TableLine line) {
        return line.labels().isEmpty() && line.values().stream().filter(cell -> !cell.isEmpty()).count() == 1;
    }

    private static boolean isPageFurniture(TableLine line) {
        StringBuilder text = new StringBuilder();
        for (String cell : line.cells()) {
            for (int i = 0; i < cell.length() && text.length() <= MAX_FURNITURE; i++) {
                if (!Labels.isSpace(cell.charAt(i))) {
                    text.append(cell.charAt(i));
                }
            }
        }
        return isPageFurniture(text);
    }

    /** Whether text without white space is a page number or footer: "第3页", "第3页共12页", "-5-", "3/12". */
    static boolean isPageFurniture(CharSequence compact) {
        return compact.length() <= MAX_FURNITURE && PAGE_FURNITURE.matcher(compact).matches();
    }

    private static boolean isBlank(TableLine line) {
        return line.cells().stream().allMatch(String::isEmpty);
    }
}
