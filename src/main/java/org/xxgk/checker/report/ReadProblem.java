package org.xxgk.checker.report;

/**
 * Why a source could not be read as a report at all.
 *
 * @param kind   what kind of problem
 * @param detail what was found, for the message (a size, an encoding)
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
        UNOPENABLE
    }
}
