package org.xxgk.checker.ingest;

import org.xxgk.checker.report.ReadProblem;

/**
 * The outcome of decoding a source: its text and encoding, or why it is not text.
 *
 * @param text     the text, or "" when there is a problem
 * @param encoding the encoding used, e.g. "UTF-8" or "GB18030"
 * @param problem  why the bytes are not a text, or {@code null}
 */
public record DecodedText(String text, String encoding, ReadProblem problem) {
}
