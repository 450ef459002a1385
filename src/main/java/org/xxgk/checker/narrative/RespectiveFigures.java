package org.xxgk.checker.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pairs figures listed one after another with the subjects listed right before them: "行政复议、行政诉讼案件24件、4件"
 * reads as "行政复议24件、行政诉讼案件4件", so that each figure is found as its own subject's claim rather than the first
 * figure as a claim about both.
 */
final class RespectiveFigures {
    /** What separates the subjects, and the figures, of a list. */
    private static final String SEPARATORS = "、和及与";
    /** What subjects are told apart by first: 和, 及 and 与 also stand inside words ("及时", "法人和其他组织"). */
    private static final String LIST_COMMA = "、";
    /** Where the clause of the subjects begins, in a normalised sentence. */
    private static final String CLAUSE_ENDS = ",;:。";
    /** Says that the figures go in the subjects' order; dropped once they are paired. */
    private static final String RESPECTIVELY = "分别";
    private static final String NUMBER = "\\d+(?:\\.\\d+)?";

    /** Two or more figures, the last with a unit; {@code null} when the vocabulary gives no units. */
    private final Pattern list;
    /** A figure of the list, with or without its unit. */
    private final Pattern figure;
    /** A figure with a unit: a subject holding one is no subject but an earlier statement. */
    private final Pattern counted;

    RespectiveFigures(List<String> units) {
        if (units.isEmpty()) {
            list = figure = counted = null;
            return;
        }
        String unit = units.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
        String separator = "[" + SEPARATORS + "]";
        list = Pattern.compile("(?<![\\d.])" + NUMBER + unit + "?(?:" + separator + NUMBER + unit + "?)*"
                + separator + NUMBER + unit);
        figure = Pattern.compile("(" + NUMBER + ")(" + unit + ")?");
        counted = Pattern.compile(NUMBER + unit);
    }

    /** The normalised sentence with each list's figures paired with its subjects; the sentence itself when none. */
    String pairUp(String sentence) {
        if (list == null || !mayList(sentence)) {
            return sentence;
        }
        Matcher lists = list.matcher(sentence);
        StringBuilder paired = new StringBuilder(sentence.length());
        int copied = 0;
        while (lists.find()) {
            int clause = clauseStart(sentence, lists.start(), copied);
            List<Figure> figures = figures(lists.group());
            List<String> subjects = subjects(sentence.substring(clause, lists.start()), figures.size());
            if (subjects == null) {
                continue;
            }
            paired.append(sentence, copied, clause);
            // a figure without its unit takes the last one's: "24、4件"
            String lastUnit = figures.get(figures.size() - 1).unit();
            for (int i = 0; i < figures.size(); i++) {
                Figure listed = figures.get(i);
                paired.append(subjects.get(i)).append(listed.number())
                        .append(listed.unit() == null ? lastUnit : listed.unit()).append(listed.separator());
            }
            copied = lists.end();
        }
        return copied == 0 ? sentence : paired.append(sentence, copied, sentence.length()).toString();
    }

    /** A figure of a list: its number, its unit or {@code null}, and the separator after it ("" after the last). */
    private record Figure(String number, String unit, String separator) {
    }

    private List<Figure> figures(String listed) {
        List<Figure> figures = new ArrayList<>();
        for (Matcher found = figure.matcher(listed); found.find(); ) {
            String separator = found.end() < listed.length() ? listed.substring(found.end(), found.end() + 1) : "";
            figures.add(new Figure(found.group(1), found.group(2), separator));
        }
        return figures;
    }

    /** Whether a separator stands before a digit anywhere: most sentences list no figures and are passed over. */
    private static boolean mayList(String sentence) {
        for (int i = 0; i + 1 < sentence.length(); i++) {
            if (SEPARATORS.indexOf(sentence.charAt(i)) >= 0 && Character.isDigit(sentence.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static int clauseStart(String sentence, int listStart, int from) {
        int start = listStart;
        while (start > from && CLAUSE_ENDS.indexOf(sentence.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    /**
     * The subjects, one for each figure of the list, split at the last separators before it (at "、" when there are
     * enough); {@code null} when there are too few, or a subject is empty, ends in a digit that its figure would
     * run into, or states a figure of its own ("收到申请545件、办结557件和10件").
     */
    private List<String> subjects(String clause, int count) {
        List<Integer> cuts = lastSeparators(clause, LIST_COMMA, count - 1);
        if (cuts == null) {
            cuts = lastSeparators(clause, SEPARATORS, count - 1);
        }
        if (cuts == null) {
            return null;
        }
        List<String> subjects = new ArrayList<>(count);
        int from = 0;
        for (int cut : cuts) {
            subjects.add(clause.substring(from, cut));
            from = cut + 1;
        }
        subjects.add(clause.substring(from).replace(RESPECTIVELY, ""));
        for (String subject : subjects) {
            if (subject.isEmpty() || Character.isDigit(subject.charAt(subject.length() - 1))
                    || counted.matcher(subject).find()) {
                return null;
            }
        }
        return subjects;
    }

    /** The positions of the last {@code count} of these separators in the clause, in order; {@code null} if fewer. */
    private static List<Integer> lastSeparators(String clause, String separators, int count) {
        List<Integer> cuts = new ArrayList<>(count);
        for (int i = clause.length() - 1; i >= 0 && cuts.size() < count; i--) {
            if (separators.indexOf(clause.charAt(i)) >= 0) {
                cuts.add(0, i);
            }
        }
        return cuts.size() < count ? null : cuts;
    }
}
