package org.xxgk.checker.ingest;

import static org.xxgk.checker.format.Labels.isSpace;

import org.xxgk.checker.format.Labels;
import org.xxgk.checker.format.Marks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a line of a table into cells however the source separated them: tabs, pipes (markdown tables), or runs
 * of spaces. Values printed after a label with single spaces ("行政许可 12126") are split off as cells of their own.
 * Each cell keeps the column where it starts, so that a finding can point at it.
 */
final class CellSplitter {
    private CellSplitter() {
    }

    static TableLine split(int number, String line) {
        Cells cells = new Cells();
        boolean pipes = line.indexOf('|') >= 0 || line.indexOf('\uFF5C') >= 0;
        if (pipes && isPipeRule(line)) {
            return cells.line(number);
        }
        if (pipes || line.indexOf('\t') >= 0) {
            // a tab or a pipe ends a cell (a line may mix them); each is found with indexOf, the pipes only where
            // the line has some: most tables are copied with tabs alone
            Marks separators = new Marks(line, pipes ? "\t|\uFF5C" : "\t");
            for (int start = 0; ; ) {
                int end = separators.first(start, line.length());
                boolean border = pipes && line.substring(start, end).isBlank() && (start == 0 || end == line.length());
                if (!border) {
                    splitTrailingValues(line, start, end, cells);
                }
                if (end == line.length()) {
                    return cells.line(number);
                }
                start = end + 1;
            }
        }
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            boolean end = i == line.length();
            int width = end ? 0 : spacesWidth(line, i);
            if (end || width > 0) {
                splitTrailingValues(line, start, i, cells);
                start = i + Math.max(width, 1);
                i = start - 1;
            }
        }
        return cells.line(number);
    }

    /** The cells of a line as they are found, each with the 1-based column where it starts. */
    private static final class Cells {
        private final List<String> texts = new ArrayList<>();
        private int[] columns = new int[16];

        void add(String text, int column) {
            if (texts.size() == columns.length) {
                columns = Arrays.copyOf(columns, 2 * columns.length);
            }
            columns[texts.size()] = column;
            texts.add(text);
        }

        TableLine line(int number) {
            return new TableLine(number, texts, Arrays.copyOf(columns, texts.size()));
        }
    }

    /**
     * How many characters of separator start at position i of a line with neither tabs nor pipes: a run of two or
     * more spaces, which is how text exports align columns; a single space stays inside a cell.
     */
    private static int spacesWidth(String line, int i) {
        char c = line.charAt(i);
        if (c == '\u3000' && (i + 1 == line.length() || isSpace(line.charAt(i + 1)))) {
            return 1 + run(line, i + 1);
        }
        if (!isSpace(c) || i + 1 == line.length() || !isSpace(line.charAt(i + 1))) {
            return 0;
        }
        return run(line, i);
    }

    private static int run(String line, int from) {
        int i = from;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return i - from;
    }

    private static boolean hasSpace(String line, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isSpace(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A markdown table's rule line such as "|---|:--:|". */
    private static boolean isPipeRule(String line) {
        return line.chars().allMatch(c -> c == '|' || c == '\uFF5C' || c == '-' || c == ':' || c == ' ');
    }

    /**
     * Adds the cell line[from, to), first splitting off the value tokens that end it: "规章 0 0 0" gives "规章", "0",
     * "0", "0". A cell made only of values ("8 4 12 0 24") gives one cell per value. Labels with spaces
     * ("1. 属于国家秘密") stay whole.
     */
    private static void splitTrailingValues(String line, int from, int to, Cells cells) {
        int start0 = Labels.trimmedStart(line, from, to);
        int end0 = Labels.trimmedEnd(line, start0, to);
        if (!hasSpace(line, start0, end0)) {
            // the common case, one word or number: nothing to split
            cells.add(line.substring(start0, end0), (start0 < end0 ? start0 : from) + 1);
            return;
        }
        List<int[]> tokens = new ArrayList<>(4);
        int start = -1;
        for (int i = from; i <= to; i++) {
            boolean space = i == to || isSpace(line.charAt(i));
            if (space && start >= 0) {
                tokens.add(new int[] {start, i});
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        int firstValue = tokens.size();
        while (firstValue > 0 && Values.isValue(text(line, tokens.get(firstValue - 1)))) {
            firstValue--;
        }
        if (tokens.size() <= 1 || firstValue == tokens.size()) {
            cells.add(tokens.isEmpty() ? "" : line.substring(tokens.get(0)[0], tokens.get(tokens.size() - 1)[1]),
                    (tokens.isEmpty() ? from : tokens.get(0)[0]) + 1);
            return;
        }
        if (firstValue > 0) {
            cells.add(line.substring(tokens.get(0)[0], tokens.get(firstValue - 1)[1]), tokens.get(0)[0] + 1);
        }
        for (int i = firstValue; i < tokens.size(); i++) {
            cells.add(text(line, tokens.get(i)), tokens.get(i)[0] + 1);
        }
    }

    private static String text(String line, int[] token) {
        return line.substring(token[0], token[1]);
    }
}
