package org.xxgk.checker.cli;

/** The exit codes of the public contract. */
final class ExitCode {
    /** Every report checked, no finding at or above the failing level. */
    static final int PASS = 0;
    /** Every report checked, at least one finding at or above the failing level. */
    static final int FINDINGS = 1;
    /** The command could not do its job: bad arguments, unreadable input, a rule set that does not compile. */
    static final int ERROR = 2;

    private ExitCode() {
    }
}
