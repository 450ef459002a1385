package org.xxgk.checker.format;

/** How a table is laid out in print, which decides how its text is read. */
public enum TableKind {
    /** Rows identified by their labels, values under a fixed list of columns (table 三). */
    GRID,
    /** Several small blocks, each with its own header row of columns and labelled rows (table 二). */
    BLOCKS,
    /** One run of values mapped by position onto rows × columns (table 四). */
    POSITIONAL
}
