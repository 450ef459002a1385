package org.xxgk.checker.narrative;

import org.xxgk.checker.format.Labels;

import java.util.ArrayList;
import java.util.List;
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
     * What every sentence the pattern can match contains: each entry lists words of which the sentence must contain
     * at least one. Literal text outside brackets gives an entry of one word; a bracket of plain alternatives not
     * marked optional gives an entry of its alternatives. "(收到|受理)…申请…{N}件" gives [[收到, 受理], [申请], [件]].
     */
    static List<List<String>> requirements(String notation) {
        List<List<String>> requirements = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < notation.length(); i++) {
            char c = notation.charAt(i);
            boolean optional = i + 1 < notation.length() && notation.charAt(i + 1) == '?';
            if (c == '(') {
                flush(run, requirements);
                int close = notation.indexOf(')', i);
                String inner = close < 0 ? "" : notation.substring(i + 1, close);
                boolean plain = close > 0 && inner.chars().noneMatch(ch -> "(){}…?".indexOf(ch) >= 0);
                boolean optionalGroup = close + 1 < notation.length() && notation.charAt(close + 1) == '?';
                if (plain && !optionalGroup) {
                    requirements.add(List.of(inner.split("\\|")).stream().map(Sentences::normalize).toList());
                }
                i = plain ? close : skipGroup(notation, i);
            } else if (c == '{') {
                flush(run, requirements);
                i = notation.indexOf('}', i);
            } else if ("|?…".indexOf(c) >= 0 || optional) {
                flush(run, requirements);
            } else {
                run.append(c);
            }
        }
        flush(run, requirements);
        return requirements;
    }

    private static void flush(StringBuilder run, List<List<String>> requirements) {
        if (!run.isEmpty()) {
            requirements.add(List.of(Sentences.normalize(run.toString())));
            run.setLength(0);
        }
    }

    /** The index of the bracket that closes the one opening at {@code open}. */
    private static int skipGroup(String notation, int open) {
        int depth = 0;
        for (int i = open; i < notation.length(); i++) {
            if (notation.charAt(i) == '(') {
                depth++;
            } else if (notation.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return notation.length();
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
                // sentences are matched normalised: "，" in a pattern stands for the "," it has become
                regex.append(Pattern.quote(String.valueOf(Labels.halfWidth(c))));
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("“(”没有对应的“)”");
        }
        return Pattern.compile(regex.toString());
    }
}
