package org.xxgk.checker.report;

/**
 * Where something stands in the source.
 *
 * @param line 1-based line of a text source
 */
public record Location(int line) {
}
