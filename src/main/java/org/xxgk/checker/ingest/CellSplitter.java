package org.xxgk.checker.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line of a table into cells however the source separated them: tabs, pipes (markdown tables), or runs
 * of spaces. Values printed after a label with single spaces ("行政许可 12126") are split off as cells of their own.
 */
final class CellSplitter {
    private CellSplitter() {
    }

    static TableLine split(int number, String line) {
        List<String> raw;
        if (line.indexOf('\t') >= 0) {
            raw = splitOn(line, '\t');
        } else if (line.indexOf('|') >= 0 || line.indexOf('\uFF5C') >= 0) {
            raw = pipeCells(line.replace('\uFF5C', '|'));
        } else {
            raw = List.of(line);
        }
        List<String> cells = new ArrayList<>(raw.size() + 8);
        for (String cell : raw) {
            splitTrailingValues(cell.strip(), cells);
        }
        return new TableLine(number, cells);
    }

    private static List<String> splitOn(String line, char separator) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == separator) {
                cells.add(line.substring(start, i));
                start = i + 1;
            }
        }
        return cells;
    }

    private static List<String> pipeCells(String line) {
        String trimmed = line.strip();
        if (trimmed.chars().allMatch(c -> c == '|' || c == '-' || c == ':' || c == ' ')) {
            return List.of();
        }
        if (trimmed.startsWith("|")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.endsWith("|")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return splitOn(trimmed, '|');
    }

    /**
     * Adds a cell, first splitting off the value tokens that end it: "规章 0 0 0" gives "规章", "0", "0", "0". A cell
     * made only of values ("8 4 12 0 24") gives one cell per value. Labels with spaces ("1. 属于国家秘密") stay whole.
     */
    private static void splitTrailingValues(String cell, List<String> out) {
        List<String> tokens = whitespaceTokens(cell);
        int firstValue = tokens.size();
        while (firstValue > 0 && Values.isValue(tokens.get(firstValue - 1))) {
            firstValue--;
        }
        if (tokens.size() <= 1 || firstValue == tokens.size()) {
            out.add(cell);
            return;
        }
        if (firstValue > 0) {
            out.add(String.join(" ", tokens.subList(0, firstValue)));
        }
        out.addAll(tokens.subList(firstValue, tokens.size()));
    }

    private static List<String> whitespaceTokens(String cell) {
        List<String> tokens = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= cell.length(); i++) {
            boolean space = i == cell.length() || Character.isWhitespace(cell.charAt(i)) || cell.charAt(i) == '\u3000';
            if (space && start >= 0) {
                tokens.add(cell.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return tokens;
    }
}
