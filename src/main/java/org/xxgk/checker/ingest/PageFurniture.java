package org.xxgk.checker.ingest;

import org.xxgk.checker.format.Labels;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Page numbers and footers that the pages of a PDF or Word file leave in a report's text ("第 3 页", "— 5 —",
 * "3/12", a lone "3"), and a table's region without those that fall between its rows, so that no table reader takes
 * one for a row or a value.
 */
final class PageFurniture {
    /** The longest page number or footer looked for: "第123页共456页". */
    private static final int MAX_LENGTH = 16;
    /** Page numbers and footers that no table cell is. */
    private static final Pattern FOOTER = Pattern.compile(
            "第\\d+页(?:[,，/]?共\\d+页)?|共\\d+页第\\d+页|[-—–－]\\d+[-—–－]|\\d+/\\d+");
    /** A page number that is a number and nothing else, as a table's value may be too. */
    private static final Pattern LONE_NUMBER = Pattern.compile("[-—–－]?\\d{1,4}[-—–－]?");

    private PageFurniture() {
    }

    /** Whether text without white space is a page number or footer: "第3页", "第3页共12页", "-5-", "3/12", "5". */
    static boolean isPageNumber(CharSequence compact) {
        return isFooter(compact) || LONE_NUMBER.matcher(compact).matches();
    }

    /** Whether a line of text is a page number or footer no sentence is: "第 3 页 共 5 页", "— 3 —", "3/5". */
    static boolean isFooterLine(String line) {
        // spaced out as it may be ("第 3 页 共 5 页"), a footer is short; most lines are not, and are not compacted
        if (line.length() > 3 * MAX_LENGTH) {
            return false;
        }
        List<String> text = List.of(line);
        return mayOpenAPageNumber(text) && isFooter(compact(text));
    }

    /**
     * The ways to read a table's region, the likelier first: without its page numbers and footers, every line that is
     * a footer no cell can be ("第 3 页", "- 5 -", "3/12") and a number alone on its line where the lines around it
     * hold several cells each, as between the rows of a table printed row by row (or right before such a line); then,
     * when such a number was left out, with it kept, for it may be a value wrapped onto a line of its own (表四's
     * fifteen values over three lines). In a table printed one cell per line, or under a label whose value it may
     * be, the number is always kept.
     */
    static List<List<TableLine>> readingsOf(List<TableLine> region) {
        List<TableLine> withoutFooters = without(region, (lines, i) -> isFooter(lines.get(i)));
        List<TableLine> withoutFurniture = without(withoutFooters, PageFurniture::isLoneNumberBetweenRows);
        return withoutFurniture == withoutFooters ? List.of(withoutFooters) : List.of(withoutFurniture, withoutFooters);
    }

    /** The lines but those left out; the lines themselves when none is, as in most regions. */
    private static List<TableLine> without(List<TableLine> lines, BiPredicate<List<TableLine>, Integer> leftOut) {
        List<TableLine> kept = null;
        for (int i = 0; i < lines.size(); i++) {
            if (leftOut.test(lines, i)) {
                if (kept == null) {
                    kept = new ArrayList<>(lines.subList(0, i));
                }
            } else if (kept != null) {
                kept.add(lines.get(i));
            }
        }
        return kept == null ? lines : kept;
    }

    private static boolean isLoneNumberBetweenRows(List<TableLine> region, int i) {
        if (!isLoneNumber(region.get(i))) {
            return false;
        }
        int before = neighbour(region, i, -1);
        int after = neighbour(region, i, 1);
        // after the last row the number may be a value wrapped from it (表四's fifteen values over two lines)
        return after < region.size() && holdsSeveralCells(region.get(after))
                && (before < 0 || holdsSeveralCells(region.get(before)) || isWrappedFromARow(region, before));
    }

    /**
     * Whether line i, a number alone, comes right after a row, as a row's last value wrapped onto a line of its own
     * does: a page number may follow it before the next row.
     */
    private static boolean isWrappedFromARow(List<TableLine> region, int i) {
        int before = neighbour(region, i, -1);
        return isLoneNumber(region.get(i)) && before >= 0 && holdsSeveralCells(region.get(before));
    }

    /** Whether a line holds a number alone, as a page number or a value wrapped onto a line of its own does. */
    private static boolean isLoneNumber(TableLine line) {
        return isAlone(line) && LONE_NUMBER.matcher(compact(line.cells())).matches();
    }

    /**
     * Whether a line holds one cell and nothing but white space around it, as a centred page number does; a row of
     * a web page's or Word file's table keeps its empty cells ("\t\t\t\t5" for a row with only its total).
     */
    private static boolean isAlone(TableLine line) {
        List<String> cells = line.cells();
        if (cells.isEmpty()) {
            return false;
        }
        int first = cells.get(0).isEmpty() ? 1 : 0;
        int last = cells.get(cells.size() - 1).isEmpty() ? cells.size() - 2 : cells.size() - 1;
        return first == last && !cells.get(first).isEmpty();
    }

    /** The nearest line in a direction that holds something other than a footer; -1 or the size when none does. */
    private static int neighbour(List<TableLine> region, int i, int step) {
        int j = i + step;
        while (j >= 0 && j < region.size() && (region.get(j).isBlank() || isFooter(region.get(j)))) {
            j += step;
        }
        return j;
    }

    private static boolean holdsSeveralCells(TableLine line) {
        return TableLine.filled(line.cells()) >= 2;
    }

    private static boolean isFooter(TableLine line) {
        return mayOpenAPageNumber(line.cells()) && isFooter(compact(line.cells()));
    }

    /**
     * Whether a line's text (its cells) begins as a page number or footer does: with a digit, or with 第, 共 or a
     * dash before a digit ("第3页", "-5-"). Most lines of a region are rows that begin with a label, or with 第 before
     * words ("第二十条第（一）项"), and are not compacted to be matched.
     */
    private static boolean mayOpenAPageNumber(List<String> cells) {
        boolean opened = false;
        for (String cell : cells) {
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (Labels.isSpace(c)) {
                    continue;
                }
                boolean digit = c >= '0' && c <= '9';
                if (opened || digit) {
                    // the footers' patterns have a digit right after 第, 共 or a dash
                    return digit;
                }
                if (!opensAPageNumber(c)) {
                    return false;
                }
                opened = true;
            }
        }
        return false;
    }

    private static boolean opensAPageNumber(char c) {
        return c == '第' || c == '共' || "-—–－".indexOf(c) >= 0 || c >= '0' && c <= '9';
    }

    private static boolean isFooter(CharSequence compact) {
        return compact.length() <= MAX_LENGTH && FOOTER.matcher(compact).matches();
    }

    /** A line's text (its cells) without white space, cut off once it is too long to be a footer. */
    private static String compact(List<String> cells) {
        StringBuilder text = new StringBuilder();
        for (String cell : cells) {
            for (int i = 0; i < cell.length() && text.length() <= MAX_LENGTH; i++) {
                if (!Labels.isSpace(cell.charAt(i))) {
                    text.append(cell.charAt(i));
                }
            }
        }
        return text.toString();
    }
}
