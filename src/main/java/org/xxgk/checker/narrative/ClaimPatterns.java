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

    /**
     * The longest run of literal text outside any brackets, which every match contains: "(收到|受理)…申请…{N}件"
     * gives "申请". Empty when the notation has none.
     */
    static String anchor(String notation) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i <= notation.length(); i++) {
            char c = i < notation.length() ? notation.charAt(i) : '…';
            boolean literal = depth == 0 && "(){}|?…".indexOf(c) < 0;
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '{') {
                i = notation.indexOf('}', i);
            }
            boolean optional = i + 1 < notation.length() && notation.charAt(i + 1) == '?';
            if (literal && !optional) {
                run.append(c);
            } else {
                if (run.length() > best.length()) {
                    best = run.toString();
                }
                run.setLength(0);
            }
        }
        return Sentences.normalize(best);
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
