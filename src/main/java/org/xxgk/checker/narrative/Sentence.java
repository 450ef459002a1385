package org.xxgk.checker.narrative;

/**
 * A sentence of the report's prose.
 *
 * @param text       the sentence as printed, trimmed
 * @param normalized the sentence without white space, with half-width digits and punctuation, as patterns see it
 * @param where      the part it belongs to: a section id ({@code s1}…), {@code preamble} or {@code headings}
 * @param line       1-based line where it starts
 * @param index      position among the report's sentences, from 0
 */
public record Sentence(String text, String normalized, String where, int line, int index) {

    /** The sentence shortened for a message. */
    public String excerpt() {
        return text.length() <= 60 ? text : text.substring(0, 58) + "……";
    }
}
