package org.xxgk.checker.render;

import org.xxgk.checker.CheckResult;

import java.io.IOException;

/**
 * Writes the results of a run into one output, a report at a time and in the order given, so that a run over
 * thousands of reports never holds them all.
 */
public interface ResultWriter {

    /** A report that was checked. */
    void add(CheckResult result) throws IOException;

    /**
     * A file that could not be checked at all (it could not be opened, or checking it failed): there is no report,
     * only the reason. A file that opens but is no report (empty, binary, locked) is checked and has findings.
     */
    void notChecked(String source, String reason) throws IOException;

    /** Ends the output after the last report; flushes, does not close. */
    void finish() throws IOException;
}
