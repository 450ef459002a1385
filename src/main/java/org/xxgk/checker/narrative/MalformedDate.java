package org.xxgk.checker.narrative;

/**
 * A date written with 年 or 月 missing, e.g. "20221月1日" (2022年1月1日).
 *
 * @param text     the date as written
 * @param sentence the sentence it stands in
 */
public record MalformedDate(String text, Sentence sentence) {

    public int line() {
        return sentence.line();
    }
}
