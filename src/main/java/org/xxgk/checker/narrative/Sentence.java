package org.xxgk.checker.narrative;

/**
 * A sentence of the report's prose.
 *
 * @param text       the sentence as printed, trimmed
 * @param normalized the sentence without white space, with half-width digits and punctuation, as patterns see it
 * @param where      the part it belongs to: a section id ({@code s1}…), {@code preamble} or {@code headings}
 * @param line       1-based line where it starts
 * @param index      position among the report's sentences, from 0
 * @param lead       the heading of the numbered item it stands in ("（二）依申请公开"), normalized; "" when none
 */
public record Sentence(String text, String normalized, String where, int line, int index, String lead) {

    /** The sentence shortened for a message. */
    public String excerpt() {
        return text.length() <= 60 ? text : text.substring(0, 58) + "……";
    }
}
