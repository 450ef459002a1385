package org.xxgk.checker.narrative;

import org.xxgk.checker.format.Labels;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the pattern notation of {@code claims.yaml} into a regular expression: literal text, {@code (甲|乙)}
 * alternatives, {@code ?}, {@code …} for up to 15 characters of the same sentence (without digits, right after a
 * figure), {@code {N} {P} {A} {B}} for numbers and {@code {Y}} for the year after the report's.
 */
final class ClaimPatterns {
    private static final String GAP = "[^。；！？;!?]{0,15}?";
    /**
     * The first gap after a count ({N}) stays in the count's clause and holds no other figure: the words after it speak
     * of the figure nearest them ("其中12件予以公开，另有5件结转下年度" carries 5 over, not 12; "59件申请按期办结，被申请
     * 行政复议的案件为3件" has 59 concluded, not reviewed).
     */
    private static final String GAP_AFTER_FIGURE = "[^。；！？;!?，,0-9]{0,15}?";
    private static final String NUMBER = "\\d+(?:\\.\\d+)?";
    /** A year, as {Y} stands for the one after the report's ("结转至2025年" in the report on 2024). */
    private static final String YEAR = "(?:19|20)\\d{2}";

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
                List<String> alternatives = plainAlternatives(notation, i);
                int close = notation.indexOf(')', i);
                if (alternatives != null && !optionalGroup(notation, close)) {
                    requirements.add(alternatives.stream().map(Sentences::normalize).toList());
                }
                i = alternatives != null ? close : skipGroup(notation, i);
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

    /**
     * The words one of which every match of the pattern starts with: its first requirement when the pattern opens
     * with it; empty when a match may start elsewhere, after an optional opening or with a number ("(行政)?复议…",
     * "共?有…", "{N}件…").
     */
    static List<String> openings(String notation) {
        if (notation.isEmpty()) {
            return List.of();
        }
        char first = notation.charAt(0);
        boolean opensWithRequirement = first == '('
                ? plainAlternatives(notation, 0) != null && !optionalGroup(notation, notation.indexOf(')'))
                : "{}|?…)".indexOf(first) < 0 && !(notation.length() > 1 && notation.charAt(1) == '?');
        return opensWithRequirement ? requirements(notation).get(0) : List.of();
    }

    /** The alternatives of the bracket that opens at {@code open} when they are plain text ("(收到|受理)"); else null. */
    private static List<String> plainAlternatives(String notation, int open) {
        int close = notation.indexOf(')', open);
        if (close < 0) {
            return null;
        }
        String inner = notation.substring(open + 1, close);
        return inner.chars().anyMatch(ch -> "(){}…?".indexOf(ch) >= 0) ? null : List.of(inner.split("\\|"));
    }

    /** Whether the bracket that closes at {@code close} is marked optional. */
    private static boolean optionalGroup(String notation, int close) {
        return close + 1 < notation.length() && notation.charAt(close + 1) == '?';
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

    /**
     * The units the pattern counts its figures in: what follows {N}, {A} or {B}, a character or a bracket's plain
     * alternatives ("{N}(件|起)" gives 件 and 起); none after "{P}%" or "{Y}年", nor after a figure the pattern lets end.
     */
    static List<String> units(String notation) {
        List<String> units = new ArrayList<>();
        for (int at = notation.indexOf('{'); at >= 0; at = notation.indexOf('{', at + 1)) {
            int after = notation.indexOf('}', at) + 1;
            if (after == 0 || after >= notation.length() || "NAB".indexOf(notation.charAt(at + 1)) < 0) {
                continue;
            }
            if (notation.charAt(after) == '(') {
                List<String> alternatives = plainAlternatives(notation, after);
                if (alternatives != null) {
                    units.addAll(alternatives);
                }
            } else if ("(){}…?|".indexOf(notation.charAt(after)) < 0) {
                units.add(String.valueOf(notation.charAt(after)));
            }
        }
        return units;
    }

    static Pattern compile(String notation) {
        StringBuilder regex = new StringBuilder();
        int depth = 0;
        boolean afterFigure = false;
        for (int i = 0; i < notation.length(); i++) {
            char c = notation.charAt(i);
            if (c == '{') {
                int close = notation.indexOf('}', i);
                String name = close < 0 ? "" : notation.substring(i + 1, close);
                if (!name.matches("[NPABY]")) {
                    throw new IllegalArgumentException("未知的占位符“{" + name + "}”（应为 {N}、{P}、{A}、{B} 或 {Y}）");
                }
                regex.append("(?<").append(name).append('>').append(name.equals("Y") ? YEAR : NUMBER).append(')');
                // a rate's parts stand in clauses of their own ("报送信息303条，采用289条"): only a count's gap is kept short
                afterFigure = name.equals("N");
                i = close;
            } else if (c == '…') {
                regex.append(afterFigure ? GAP_AFTER_FIGURE : GAP);
                afterFigure = false;
            } else if (c == '(') {
                regex.append("(?:");
                depth++;
            } else if (c == ')') {
                if (--depth < 0) {
                    throw new IllegalArgumentException("多余的“)”");
                }
                regex.append(')');
            } else if (c == '|' && depth == 0) {
                // the reader's pre-checks take a pattern's words as one sequence: other ways of saying it are patterns
                throw new IllegalArgumentException("“|”只能用在括号中，如“(收到|受理)”；另一种说法请另写一个 pattern");
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
