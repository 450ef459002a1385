package org.xxgk.checker.report;

/** What a table cell held in the source, so that blank, "/" and "—" stay distinguishable from 0. */
public enum CellState {
    /** A number (possibly with a unit or thousands separators). */
    NUMBER,
    /** Nothing at all. */
    BLANK,
    /** A placeholder for "none": "/", "—", "-" and the like. */
    DASH,
    /** Text that is not a number. */
    TEXT
}
