package org.xxgk.checker.ingest;

import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * The numbers Word prints before paragraphs of a numbered list ("二、" before a heading typed "主动公开政府信息情况"),
 * which are not in the paragraphs' text: counted through the document as Word counts them, one count per list and
 * level, a level's count starting again after a paragraph of a higher level.
 */
final class ListNumbers {
    private static final int LEVELS = 9;
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counts = new HashMap<>();

    ListNumbers(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The number Word prints before the paragraph ("二、", "1."), or "" for a paragraph of no numbered list. */
    String next(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        String format = paragraph.getNumFmt();
        String levelText = paragraph.getNumLevelText();
        if (numbering == null || numId == null || format == null || levelText == null || "bullet".equals(format)
                || "none".equals(format)) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), LEVELS - 1);
        // lists of one definition go on counting where the other stopped
        BigInteger list = numbering.getAbstractNumID(numId) == null ? numId : numbering.getAbstractNumID(numId);
        int[] count = counts.computeIfAbsent(list, key -> new int[LEVELS]);
        count[level]++;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < levelText.length(); i++) {
            char c = levelText.charAt(i);
            int referenced = c == '%' && i + 1 < levelText.length() ? levelText.charAt(i + 1) - '1' : -1;
            if (referenced >= 0 && referenced < LEVELS) {
                label.append(referenced == level ? format(count[level], format) : Integer.toString(count[referenced]));
                i++;
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    /** A count as a list's number format prints it: 2 as "二" in Chinese counting, "2" in decimal and the others. */
    static String format(int count, String format) {
        boolean chinese = format.startsWith("chinese") || format.startsWith("ideograph")
                || format.startsWith("japaneseCounting") || format.startsWith("taiwaneseCounting");
        if (!chinese || count < 1 || count > 99) {
            return Integer.toString(count);
        }
        int tens = count / 10;
        int ones = count % 10;
        String tensText = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(CHINESE_DIGITS.charAt(tens))) + "十";
        return tensText + (ones == 0 ? "" : String.valueOf(CHINESE_DIGITS.charAt(ones)));
    }
}
