package org.xxgk.checker.narrative;

import org.xxgk.checker.format.Labels;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.Section;
import org.xxgk.checker.report.TextBlock;

import java.util.ArrayList;
import java.util.List;

/** Splits a report's prose into sentences, skipping table lines, each with the part and the line it stands in. */
public final class Sentences {
    private static final String ENDS = "。！？；!?;";

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

    private static void split(TextBlock block, String where, List<Sentence> out) {
        if (block.firstLine() == 0) {
            return;
        }
        String[] lines = block.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.indexOf('\t') >= 0 || line.indexOf('|') >= 0) {
                continue;
            }
            int start = 0;
            for (int c = 0; c <= line.length(); c++) {
                if (c == line.length() || ENDS.indexOf(line.charAt(c)) >= 0) {
                    add(line.substring(start, Math.min(c + 1, line.length())), where, block.firstLine() + i, out);
                    start = c + 1;
                }
            }
        }
    }

    private static void add(String text, String where, int line, List<Sentence> out) {
        String trimmed = text.strip();
        if (!trimmed.isEmpty()) {
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
            if (Character.isWhitespace(c) || c == '\u00A0') {
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
