package org.xxgk.checker.ingest;

/** JSON that is not a report model the format catalogue can resolve; the message says where and what, in Chinese. */
public class ReportJsonException extends Exception {

    public ReportJsonException(String message) {
        super(message);
    }
}
