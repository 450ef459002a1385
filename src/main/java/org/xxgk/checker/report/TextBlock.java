package org.xxgk.checker.report;

import org.xxgk.checker.format.Labels;
import org.xxgk.checker.format.Marks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of the source's text with the lines it spans.
 *
 * @param text      the text, lines joined with '\n'
 * @param firstLine 1-based first line, 0 when the block is empty
 * @param lastLine  1-based last line, 0 when the block is empty
 * @param length    the length of the text without white space, the measure of how much a section says
 * @param paragraphs how many lines hold text: the measure of how the text is divided
 * @param digits    how many digits, half- or full-width, the text holds: none in a part that names no figure
 */
public record TextBlock(String text, int firstLine, int lastLine, int length, int paragraphs, int digits) {
    public static final TextBlock EMPTY = new TextBlock("", 0, 0);
    /** The characters that separate the cells of a table as text sources print one: tabs and pipes. */
    public static final String TABLE_MARKS = "\t|";

    /** A block of text; its measures, which rules ask for again and again, are taken here once. */
    public TextBlock(String text, int firstLine, int lastLine) {
        this(text, firstLine, lastLine, measure(text));
    }

    private TextBlock(String text, int firstLine, int lastLine, int[] measures) {
        this(text, firstLine, lastLine, measures[0], measures[1], measures[2]);
    }

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    /** Every match of a regular expression (multi-line: ^ and $ are line ends), with its line. */
    public List<TextMatch> find(String regex) {
        Matcher matcher = pattern(regex).matcher(text);
        List<TextMatch> matches = new ArrayList<>();
        // lines are counted on from the previous match, not from the start: a long text may match thousands of times
        int line = firstLine;
        int counted = 0;
        while (matcher.find()) {
            List<String> groups = new ArrayList<>(matcher.groupCount());
            for (int group = 1; group <= matcher.groupCount(); group++) {
                groups.add(matcher.group(group));
            }
            for (int at = text.indexOf('\n', counted); at >= 0 && at < matcher.start(); at = text.indexOf('\n', at + 1)) {
                line++;
            }
            counted = Math.max(counted, matcher.start());
            // a match may start on the line break that ends its line
            int lineStart = text.lastIndexOf('\n', matcher.start() - 1) + 1;
            int lineEnd = text.indexOf('\n', matcher.start());
            matches.add(new TextMatch(matcher.group(), line, groups,
                    text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip()));
        }
        return matches;
    }

    private static Pattern pattern(String regex) {
        return PATTERNS.computeIfAbsent(regex, r -> Pattern.compile(r, Pattern.MULTILINE));
    }

    /**
     * Whether a line is a line of a table as text sources print one, cells separated by tabs or pipes. A single tab
     * at either end of the line separates nothing: some exports end every line with one, prose and headings too;
     * a run of them is the empty merged cells of a table row (a table's title row, in a Word file's text).
     */
    public static boolean isTableLine(String line) {
        // one question about one line: each mark is looked for once with indexOf, without building a walker (Marks)
        int start = Labels.trimmedStart(line, 0, line.length());
        int end = Labels.trimmedEnd(line, start, line.length());
        for (int kind = 0; kind < TABLE_MARKS.length(); kind++) {
            int mark = line.indexOf(TABLE_MARKS.charAt(kind), start);
            if (mark >= 0 && mark < end) {
                return true;
            }
        }
        return hasTrailingTabs(line, end, line.length());
    }

    /**
     * Whether text[from, to) is a table line, as {@link #isTableLine(String)} says; {@code tableMarks} finds the
     * {@link #TABLE_MARKS} of the whole text as it is walked line by line.
     */
    public static boolean isTableLine(String text, int from, int to, Marks tableMarks) {
        int start = Labels.trimmedStart(text, from, to);
        int end = Labels.trimmedEnd(text, start, to);
        return tableMarks.first(start, end) < end || hasTrailingTabs(text, end, to);
    }

    /** Whether the white space text[end, to) after a line's text holds a run of tabs, a table row's empty cells. */
    private static boolean hasTrailingTabs(String text, int end, int to) {
        int tabs = 0;
        for (int i = end; i < to; i++) {
            if (text.charAt(i) == '\t') {
                tabs++;
            }
        }
        return tabs >= 2;
    }

    /** The block's three measures, taken in one pass over its characters. */
    private static int[] measure(String text) {
        int visible = 0;
        int paragraphs = 0;
        int digits = 0;
        boolean lineHasText = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineHasText = false;
            } else if (!Labels.isSpace(c)) {
                visible++;
                if (!lineHasText) {
                    paragraphs++;
                    lineHasText = true;
                }
                char digit = Labels.halfWidth(c);
                if (digit >= '0' && digit <= '9') {
                    digits++;
                }
            }
        }
        return new int[] {visible, paragraphs, digits};
    }
}
