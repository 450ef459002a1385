package org.xxgk.checker.narrative;

/**
 * A document cited by name in 《》, e.g. 《中华人民共和国政府信息公开条例》.
 *
 * @param title    the name inside the brackets
 * @param sentence the sentence that cites it
 */
public record Citation(String title, Sentence sentence) {

    public int line() {
        return sentence.line();
    }
}
