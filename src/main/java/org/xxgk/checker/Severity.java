package org.xxgk.checker;

/** How serious a finding is: a violated identity or mandatory element, a probable defect, or a quality hint. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Whether this severity is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
