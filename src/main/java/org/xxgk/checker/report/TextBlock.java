package org.xxgk.checker.report;

/**
 * A run of the source's text with the lines it spans.
 *
 * @param text      the text, lines joined with '\n'
 * @param firstLine 1-based first line, 0 when the block is empty
 * @param lastLine  1-based last line, 0 when the block is empty
 */
public record TextBlock(String text, int firstLine, int lastLine) {
    public static final TextBlock EMPTY = new TextBlock("", 0, 0);

    /** The length of the text without white space, the measure of how much a section says. */
    public int length() {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u3000') {
                count++;
            }
        }
        return count;
    }
}
