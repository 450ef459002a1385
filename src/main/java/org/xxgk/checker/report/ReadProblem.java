package org.xxgk.checker.report;

/**
 * Why a source could not be read as a report at all, or why a table in it could not be read.
 *
 * @param kind   what kind of problem
 * @param detail what was found, for the message (a size, an encoding); the table's id ({@code t2}) for a table
 */
public record ReadProblem(Kind kind, String detail) {

    /** The kinds of unreadable source. */
    public enum Kind {
        /** No bytes, or only white space. */
        EMPTY,
        /** Not text: an image, an archive, an executable. */
        BINARY,
        /** Larger than the reader accepts. */
        TOO_LARGE,
        /** A document of a known kind (a Word file) that cannot be opened: protected by a password, or damaged. */
        UNOPENABLE,
        /**
         * A statistics table printed as a picture: its part shows a picture and no table of text. The report is read,
         * the table is not.
         */
        PICTURED_TABLE;

        /** Whether a problem of this kind keeps the whole source from being read as a report. */
        public boolean unreadable() {
            return this != PICTURED_TABLE;
        }
    }
}
