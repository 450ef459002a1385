package org.xxgk.checker.ingest;

import org.xxgk.checker.report.ReadProblem;

/**
 * A document of a known kind that cannot be read: it cannot be opened (protected by a password, damaged), it is
 * too large to read, or it turns out to be no document the reader reads (an OLE2 file of Excel, or of Word 95). The
 * message says why, for the finding.
 */
final class UnopenableDocumentException extends Exception {
    private final ReadProblem.Kind kind;

    UnopenableDocumentException(String detail, Throwable cause) {
        this(ReadProblem.Kind.UNOPENABLE, detail, cause);
    }

    UnopenableDocumentException(ReadProblem.Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
    }

    /** The problem, for the report. */
    ReadProblem problem() {
        return new ReadProblem(kind, getMessage());
    }
}
