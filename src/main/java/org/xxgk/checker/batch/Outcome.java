package org.xxgk.checker.batch;

import org.xxgk.checker.CheckResult;

/** What became of one file of a batch: checked, or not checked at all and why. */
public sealed interface Outcome permits Outcome.Checked, Outcome.NotChecked {

    /** The file, as the results name it. */
    String source();

    /**
     * A file that was checked; one that is no report (empty, binary, locked) is checked too and has findings saying so.
     *
     * @param sha256 the hash of the file's bytes, to find copies; {@code null} when the file was too large to read
     */
    record Checked(CheckResult result, String sha256) implements Outcome {
        @Override
        public String source() {
            return result.source();
        }
    }

    /** A file that could not be checked: it could not be opened, or checking it failed. */
    record NotChecked(String source, String reason) implements Outcome {
    }
}
