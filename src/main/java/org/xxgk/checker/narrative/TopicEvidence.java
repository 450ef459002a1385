package org.xxgk.checker.narrative;

/**
 * Whether a report covers a topic, and where: a fact for rules such as STR-15 ({@code TopicEvidence(id == …, !found)}).
 *
 * @param id      the topic's id
 * @param name    the topic's name
 * @param found   whether a sentence in the places searched covers it
 * @param count   how many sentences do
 * @param sentence the first such sentence, or {@code null}
 */
public record TopicEvidence(String id, String name, boolean found, int count, Sentence sentence) {

    /** 1-based line of the first sentence covering the topic, or 0. */
    public int line() {
        return sentence == null ? 0 : sentence.line();
    }

    /** The first sentence covering the topic, shortened, or "". */
    public String excerpt() {
        return sentence == null ? "" : sentence.excerpt();
    }
}
