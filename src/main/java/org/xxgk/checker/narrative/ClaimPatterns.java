package org.xxgk.checker.narrative;

import java.util.regex.Pattern;

/**
 * Turns the pattern notation of {@code claims.yaml} into a regular expression: literal text, {@code (甲|乙)}
 * alternatives, {@code ?}, {@code …} for up to 15 characters of the same sentence, and {@code {N} {P} {A} {B}}
 * for numbers.
 */
final class ClaimPatterns {
    private static final String GAP = "[^。；！？;!?]{0,15}?";
    private static final String NUMBER = "\\d+(?:\\.\\d+)?";

    private ClaimPatterns() {
    }

    static Pattern compile(String notation) {
        StringBuilder regex = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < notation.length(); i++) {
            char c = notation.charAt(i);
            if (c == '{') {
                int close = notation.indexOf('}', i);
                String name = close < 0 ? "" : notation.substring(i + 1, close);
                if (!name.matches("[NPAB]")) {
                    throw new IllegalArgumentException("未知的占位符“{" + name + "}”（应为 {N}、{P}、{A} 或 {B}）");
                }
                regex.append("(?<").append(name).append('>').append(NUMBER).append(')');
                i = close;
            } else if (c == '…') {
                regex.append(GAP);
            } else if (c == '(') {
                regex.append("(?:");
                depth++;
            } else if (c == ')') {
                if (--depth < 0) {
                    throw new IllegalArgumentException("多余的“)”");
                }
                regex.append(')');
            } else if (c == '|' || c == '?') {
                regex.append(c);
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("“(”没有对应的“)”");
        }
        return Pattern.compile(regex.toString());
    }
}
