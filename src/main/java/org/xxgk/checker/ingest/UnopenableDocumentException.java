package org.xxgk.checker.ingest;

/** A document of a known kind that cannot be opened; the message says why, for the finding. */
final class UnopenableDocumentException extends Exception {

    UnopenableDocumentException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
