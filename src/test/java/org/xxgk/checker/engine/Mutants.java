package org.xxgk.checker.engine;

import org.xxgk.checker.report.Cell;

/** Writes one-cell mutants of a report's text: the cell's printed value replaced where the reader found it. */
final class Mutants {
    private Mutants() {
    }

    static String replace(String text, Cell cell, String value) {
        String[] lines = text.split("\n", -1);
        String line = lines[cell.line() - 1];
        int start = cell.location().column() - 1;
        if (start < 0 || !line.startsWith(cell.raw(), start)) {
            throw new IllegalArgumentException(cell.id() + " is not at " + cell.location() + " in: " + line);
        }
        lines[cell.line() - 1] = line.substring(0, start) + value + line.substring(start + cell.raw().length());
        return String.join("\n", lines);
    }

    /** The mutant set right again: the cell's line as the original has it. */
    static String restore(String mutant, String original, Cell cell) {
        String[] lines = mutant.split("\n", -1);
        lines[cell.line() - 1] = original.split("\n", -1)[cell.line() - 1];
        return String.join("\n", lines);
    }
}
