package org.xxgk.checker.narrative;

import org.xxgk.checker.format.Labels;
import org.xxgk.checker.format.Marks;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.Section;
import org.xxgk.checker.report.TextBlock;

import java.util.ArrayList;
import java.util.List;

/** Splits a report's prose into sentences, skipping table lines, each with the part and the line it stands in. */
public final class Sentences {
    private Sentences() {
    }

    public static List<Sentence> of(Report report) {
        List<Sentence> sentences = new ArrayList<>();
        split(report.preamble(), "preamble", sentences);
        for (Section section : report.sections()) {
            add(section.heading(), "headings", section.line(), sentences);
            split(section.body(), section.id().isEmpty() ? "other" : section.id(), sentences);
        }
        return sentences;
    }

    private static final String SENTENCE_ENDS = "。！？；!?;";

    private static void split(TextBlock block, String where, List<Sentence> out) {
        if (block.firstLine() == 0) {
            return;
        }
        // the block's text is walked in place, line by line, rather than split into copies of every line
        String text = block.text();
        Marks ends = new Marks(text, SENTENCE_ENDS);
        Marks tableMarks = new Marks(text, TextBlock.TABLE_MARKS);
        int line = block.firstLine();
        for (int lineStart = 0; lineStart <= text.length(); line++) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (!TextBlock.isTableLine(text, lineStart, lineEnd, tableMarks)) {
                for (int start = lineStart; start <= lineEnd; ) {
                    int end = ends.first(start, lineEnd);
                    add(text, start, Math.min(end + 1, lineEnd), where, line, out);
                    start = end + 1;
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    private static void add(String text, String where, int line, List<Sentence> out) {
        add(text, 0, text.length(), where, line, out);
    }

    /** Adds text[from, to) without the white space around it, unless nothing else is left. */
    private static void add(String text, int from, int to, String where, int line, List<Sentence> out) {
        int start = Labels.trimmedStart(text, from, to);
        int end = Labels.trimmedEnd(text, start, to);
        if (start < end) {
            String trimmed = text.substring(start, end);
            out.add(new Sentence(trimmed, normalize(trimmed), where, line, out.size()));
        }
    }

    /**
     * The text as patterns see it: no white space, half-width digits, letters and punctuation, and no thousands
     * separators inside numbers ("1,431" is 1431).
     */
    static String normalize(String text) {
        // a char array rather than a StringBuilder: prose is Chinese, and a builder starts out Latin-1
        char[] out = new char[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Labels.halfWidth(text.charAt(i));
            if (Labels.isSpace(c)) {
                continue;
            }
            if (c == ',' && length > 0 && Character.isDigit(out[length - 1])
                    && i + 1 < text.length() && Character.isDigit(Labels.halfWidth(text.charAt(i + 1)))) {
                continue;
            }
            out[length++] = c;
        }
        return new String(out, 0, length);
    }
}
