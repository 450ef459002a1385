package org.xxgk.checker.narrative;

import org.xxgk.checker.format.Labels;
import org.xxgk.checker.format.Marks;
import org.xxgk.checker.report.Report;
import org.xxgk.checker.report.Section;
import org.xxgk.checker.report.TextBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a report's prose into sentences, skipping table lines, each with the part and the line it stands in. */
public final class Sentences {
    private Sentences() {
    }

    public static List<Sentence> of(Report report) {
        List<Sentence> sentences = new ArrayList<>();
        split(report.preamble(), "preamble", sentences);
        for (Section section : report.sections()) {
            add(section.heading(), 0, section.heading().length(), "headings", section.line(), "", sentences);
            split(section.body(), section.id().isEmpty() ? "other" : section.id(), sentences);
        }
        return sentences;
    }

    private static final CharSet SENTENCE_ENDS = new CharSet("。！？；!?;");
    /** How an item of a part is numbered at the outer level: "（二）", "二、", or a heading in brackets "【依申请公开】". */
    private static final Pattern OUTER_NUMBER =
            Pattern.compile("^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|【[^】\\n]{1,20}】)");
    /**
     * How an item is numbered within an outer one: "(2)", "2.", "2、", "２．" or "②". "二是", "第二，" open a topic
     * sentence rather than a heading ("一是深化政府信息公开。本年度受理群众办事申请3200件"), and lead nothing.
     */
    private static final Pattern INNER_NUMBER =
            Pattern.compile("^(?:[（(][\\d０-９]{1,3}[）)]|[\\d０-９]{1,2}[.、．]|[①-⑳])");
    /** The characters that can open an item's number; most lines of prose open otherwise and are passed over. */
    private static final String NUMBER_OPENINGS = "(【一二三四五六七八九十0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    /** Where an item's heading ends when text follows it on its line: "（二）依申请公开：本年度…". */
    private static final CharSet HEADING_ENDS = new CharSet("：:。；;");
    /** The longest item heading; a longer numbered opening is a sentence, not a heading. */
    private static final int MAX_HEADING = 20;

    private static void split(TextBlock block, String where, List<Sentence> out) {
        if (block.firstLine() == 0) {
            return;
        }
        // the block's text is walked in place, line by line, rather than split into copies of every line
        String text = block.text();
        Marks tableMarks = new Marks(text, TextBlock.TABLE_MARKS);
        int line = block.firstLine();
        ItemHeadings headings = new ItemHeadings();
        for (int lineStart = 0; lineStart <= text.length(); line++) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (!TextBlock.isTableLine(text, lineStart, lineEnd, tableMarks)) {
                String lead = headings.at(text, lineStart, lineEnd);
                for (int start = lineStart; start <= lineEnd; ) {
                    int end = SENTENCE_ENDS.firstIn(text, start, lineEnd);
                    add(text, start, Math.min(end + 1, lineEnd), where, line, lead, out);
                    start = end + 1;
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /**
     * The headings of the numbered items a part's lines stand in, line by line: an outer item ("（二）", "二、",
     * "【…】") and an inner one within it ("1.", "（1）", "②"). An item numbered without a short heading ends the one
     * before it.
     */
    private static final class ItemHeadings {
        private String item = "";
        private String lead = "";

        /**
         * The heading the line text[from, to) stands in, both levels joined ("(二)依申请公开1.办理情况"): its own when
         * it opens a numbered item ("（二）依申请公开：…" gives "(二)依申请公开"), else the one before it.
         */
        String at(String text, int from, int to) {
            int start = Labels.trimmedStart(text, from, to);
            while (start < to && text.charAt(start) == '*') {
                start++; // markdown bold: "**（二）依申请公开**"
            }
            if (start == to || NUMBER_OPENINGS.indexOf(Labels.halfWidth(text.charAt(start))) < 0) {
                return lead;
            }
            Matcher number = OUTER_NUMBER.matcher(text).region(start, to);
            boolean isOuter = number.lookingAt();
            if (!isOuter) {
                number = INNER_NUMBER.matcher(text).region(start, to);
                if (!number.lookingAt()) {
                    return lead;
                }
            }
            String heading = heading(text, start, to, number);
            item = isOuter ? heading : item;
            lead = isOuter ? heading : item + heading;
            return lead;
        }

        /** The item's heading, its number included, or "" when the number opens a long sentence instead. */
        private static String heading(String text, int start, int to, Matcher number) {
            int end = number.end();
            if (text.charAt(start) != '【') {
                end = HEADING_ENDS.firstIn(text, end, to);
            }
            String heading = normalize(text.substring(start, end));
            return heading.length() <= MAX_HEADING ? heading : "";
        }
    }

    /** Adds text[from, to) without the white space around it, unless nothing else is left. */
    private static void add(String text, int from, int to, String where, int line, String lead, List<Sentence> out) {
        int start = Labels.trimmedStart(text, from, to);
        int end = Labels.trimmedEnd(text, start, to);
        if (start < end) {
            String trimmed = text.substring(start, end);
            out.add(new Sentence(trimmed, normalize(trimmed), where, line, out.size(), lead));
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
