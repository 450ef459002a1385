package org.xxgk.checker.format;

/** What a table column holds: a count (a non-negative integer) or an amount with decimals. */
public enum ValueType {
    INTEGER, DECIMAL
}
