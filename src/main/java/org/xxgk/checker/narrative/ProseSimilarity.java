package org.xxgk.checker.narrative;

import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.Table;

import java.util.HashSet;
import java.util.Set;

/**
 * How much prose two reports share: each report's prose (not its headings or tables, which the format fixes) is cut
 * into overlapping runs of characters, and the two sets of runs are compared (Jaccard: shared runs over all runs).
 * Blanks and punctuation are dropped and every number reads the same, so that last year's text with this year's
 * figures put in still counts as copied.
 */
public final class ProseSimilarity {
    /** What every number reads as. */
    private static final char NUMBER = '#';

    private ProseSimilarity() {
    }

    /** The share of runs of {@code shingle} characters the two reports' prose has in common, in whole percent rounded down. */
    public static int percent(Report one, Report other, int shingle) {
        Set<String> a = shingles(one, shingle);
        Set<String> b = shingles(other, shingle);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (int) (shared * 100 / union.size());
    }

    private static Set<String> shingles(Report report, int size) {
        StringBuilder prose = new StringBuilder();
        for (Sentence sentence : Sentences.of(report)) {
            if (!sentence.where().equals("headings") && !inTable(report, sentence.line())) {
                append(sentence.normalized(), prose);
            }
        }
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + size <= prose.length(); i++) {
            shingles.add(prose.substring(i, i + size));
        }
        return shingles;
    }

    /** Adds the letters of a sentence, each number (with its decimal point) as one {@link #NUMBER}. */
    private static void append(String sentence, StringBuilder prose) {
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            boolean inNumber = !prose.isEmpty() && prose.charAt(prose.length() - 1) == NUMBER;
            if (Character.isDigit(c) || (c == '.' && inNumber)) {
                if (!inNumber) {
                    prose.append(NUMBER);
                }
            } else if (Character.isLetter(c)) {
                prose.append(c);
            }
        }
    }

    /** Whether a line belongs to a table: tables whose cells are set apart by spaces read as sentences too. */
    private static boolean inTable(Report report, int line) {
        for (Table table : report.tables()) {
            if (line >= table.firstLine() && line <= table.lastLine()) {
                return true;
            }
        }
        return false;
    }
}
