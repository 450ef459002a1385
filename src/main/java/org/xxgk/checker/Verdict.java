package org.xxgk.checker;

/** The outcome of a check: FAIL when the report has an ERROR finding, else PASS. */
public enum Verdict {
    PASS, FAIL
}
