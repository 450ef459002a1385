package org.xxgk.checker.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's header printed over several lines whose cells stand in the table's columns (a tab, a pipe, a cell of a
 * Word or web table each; a merged cell printed once with blanks after it): which header cells stand over a column.
 * A cell spans from its column up to the next cell on its line, and no further than the cell above it spans
 * ("复议后起诉" under "行政诉讼" ends where "行政复议" begins on the line above).
 */
final class HeaderGrid {
    /** A header cell and the columns it spans, from {@code first} to {@code last}. */
    private record Span(String label, int first, int last) {
        boolean covers(int column) {
            return first <= column && column <= last;
        }
    }

    /** The header's lines from the top, each as its cells' spans. */
    private final List<List<Span>> lines = new ArrayList<>();

    HeaderGrid(List<TableLine> header) {
        for (TableLine line : header) {
            List<String> cells = line.cells();
            List<Span> spans = new ArrayList<>();
            for (int first = 0; first < cells.size(); first++) {
                if (cells.get(first).isEmpty()) {
                    continue;
                }
                int next = first + 1;
                while (next < cells.size() && cells.get(next).isEmpty()) {
                    next++;
                }
                int last = Math.min(next < cells.size() ? next - 1 : Integer.MAX_VALUE, lastAbove(first));
                spans.add(new Span(cells.get(first), first, last));
            }
            lines.add(spans);
        }
    }

    /** The last column spanned by the cell over a column on the nearest line above that has one; unbounded without. */
    private int lastAbove(int column) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            for (Span span : lines.get(i)) {
                if (span.covers(column)) {
                    return span.last();
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The labels of the header cells that span a column, from the top line down. */
    List<String> over(int column) {
        List<String> labels = new ArrayList<>();
        for (List<Span> line : lines) {
            for (Span span : line) {
                if (span.covers(column)) {
                    labels.add(span.label());
                }
            }
        }
        return labels;
    }

    /** The labels of the header cells printed in a column itself, from the top line down. */
    List<String> at(int column) {
        List<String> labels = new ArrayList<>();
        for (List<Span> line : lines) {
            for (Span span : line) {
                if (span.first() == column) {
                    labels.add(span.label());
                }
            }
        }
        return labels;
    }
}
