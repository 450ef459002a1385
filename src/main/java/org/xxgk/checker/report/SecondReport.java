package org.xxgk.checker.report;

/**
 * Another report after the one read, in the same file (this year's followed by last year's): its title, and the
 * 1-based line where it starts. Only the first report is read.
 *
 * @param title the second report's title line
 * @param line  the line of that title
 */
public record SecondReport(String title, int line) {
}
