package org.xxgk.checker.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts back together a table printed one cell per line, as text taken from some PDFs and web pages is: a row's label
 * on a line, then each of its values on a line of its own. Such a table is known by its values: every line that
 * holds one holds nothing else, and there are more than a couple of page numbers' worth of them. Footers between
 * the cells ("第 3 页", "- 5 -") are gone from the region before ({@link PageFurniture}). Each cell keeps its own line
 * and column, for the findings that name it.
 */
final class CellPerLine {
    /** Fewer lone values than this are page numbers under a table printed as an image, not a table's cells. */
    private static final int MIN_VALUES = 5;

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
            List<TableLine> row = new ArrayList<>(List.of(line));
            int next = i + 1;
            // blank lines may stand between the cells
            for (; next < region.size() && (region.get(next).isLoneValue() || region.get(next).isBlank()); next++) {
                if (region.get(next).isLoneValue()) {
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
                if (!line.isLoneValue()) {
                    return false;
                }
                values++;
            }
        }
        return values >= MIN_VALUES;
    }
}
