package org.xxgk.checker.ingest;

import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The numbers Word prints before paragraphs of a numbered list ("二、" before a heading typed "主动公开政府信息情况"),
 * which are not in the paragraphs' text: counted through the document as Word counts them (ECMA-376 §17.9), one count
 * per list definition and level, from the level's start value or a list's override of it, a level's count starting
 * again after a paragraph of a higher level.
 */
final class ListNumbers {
    private static final int LEVELS = 9;
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    /** The enclosed digits Unicode has: ① to ⑳, ⑴ to ⒇, ⒈ to ⒛. */
    private static final int ENCLOSED_DIGITS = 20;
    /** Word's "ideographTraditional" and "ideographZodiac" counting: 甲乙丙…, 子丑寅…. */
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_SIGNS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private final XWPFNumbering numbering;
    /** The document's styles by id. */
    private final Map<String, XWPFStyle> styles;
    /** Per list definition (abstractNum), the number last printed at each level. */
    private final Map<BigInteger, int[]> numbers = new HashMap<>();
    /** The lists (num) that have numbered a paragraph: their start overrides are spent. */
    private final Set<BigInteger> usedLists = new HashSet<>();

    ListNumbers(XWPFNumbering numbering, Map<String, XWPFStyle> styles) {
        this.numbering = numbering;
        this.styles = styles;
    }

    /** The number Word prints before the paragraph ("二、", "1."), or "" for a paragraph of no numbered list. */
    String next(XWPFParagraph paragraph) {
        List<CTNumPr> properties = numberingProperties(paragraph);
        BigInteger numId = first(properties, CTNumPr::getNumId);
        BigInteger ilvl = first(properties, CTNumPr::getIlvl);
        // numId 0 names no list: a paragraph so turns off the numbering of its style
        XWPFNum num = numbering == null || numId == null ? null : numbering.getNum(numId);
        XWPFAbstractNum definition = styled(num == null || num.getCTNum().getAbstractNumId() == null ? null
                : numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal()));
        int level = ilvl == null ? 0 : Math.max(0, Math.min(ilvl.intValue(), LEVELS - 1));
        CTLvl levelDefinition = definition == null ? null
                : levelOf(num.getCTNum(), definition.getCTAbstractNum(), level);
        if (levelDefinition == null || levelDefinition.getLvlText() == null) {
            return "";
        }
        CTNum list = num.getCTNum();
        CTAbstractNum listDefinition = definition.getCTAbstractNum();
        // lists of one definition go on counting where the other stopped, but one that overrides a level's start
        // ("Restart at 1") starts that level afresh the first time it is used
        int[] number = numbers.computeIfAbsent(listDefinition.getAbstractNumId(),
                key -> IntStream.range(0, LEVELS).map(l -> start(list, listDefinition, l) - 1).toArray());
        if (usedLists.add(numId)) {
            for (int overridden = 0; overridden < LEVELS; overridden++) {
                if (startOverride(list, overridden) != null) {
                    number[overridden] = start(list, listDefinition, overridden) - 1;
                }
            }
        }
        number[level]++;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            if (level < restartingLevels(listDefinition, deeper)) {
                number[deeper] = start(list, listDefinition, deeper) - 1;
            }
        }
        String format = formatOf(levelDefinition);
        if ("bullet".equals(format) || "none".equals(format)) {
            return "";
        }
        // a legal-style level (isLgl) prints the numbers of all the levels it shows in decimal: "1.1" under "一、"
        boolean legal = levelDefinition.isSetIsLgl() && POIXMLUnits.parseOnOff(levelDefinition.getIsLgl());
        String levelText = levelDefinition.getLvlText().getVal();
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < levelText.length(); i++) {
            char c = levelText.charAt(i);
            int referenced = c == '%' && i + 1 < levelText.length() ? levelText.charAt(i + 1) - '1' : -1;
            if (referenced >= 0 && referenced < LEVELS) {
                CTLvl shown = referenced == level ? levelDefinition : levelOf(list, listDefinition, referenced);
                label.append(format(number[referenced], legal ? "decimal" : formatOf(shown)));
                i++;
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    /** A level's number format; a level that names none, or is not defined, counts in decimal, as Word does. */
    private static String formatOf(CTLvl level) {
        return level == null || level.getNumFmt() == null ? "decimal" : level.getNumFmt().getVal().toString();
    }

    /**
     * The list definition that numbers a list: the given one, or, when that only names a list style (numStyleLink,
     * as lists applied through "list styles" are written), the definition of the list that style numbers with.
     */
    private XWPFAbstractNum styled(XWPFAbstractNum definition) {
        if (definition == null || !definition.getCTAbstractNum().isSetNumStyleLink()) {
            return definition;
        }
        XWPFStyle style = style(definition.getCTAbstractNum().getNumStyleLink().getVal());
        CTNumPr properties = style == null || style.getCTStyle().getPPr() == null ? null
                : style.getCTStyle().getPPr().getNumPr();
        XWPFNum num = properties == null || properties.getNumId() == null ? null
                : numbering.getNum(properties.getNumId().getVal());
        return num == null || num.getCTNum().getAbstractNumId() == null ? null
                : numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
    }

    /** The paragraph's numbering properties, then those of its style and of the styles that one is based on. */
    private List<CTNumPr> numberingProperties(XWPFParagraph paragraph) {
        List<CTNumPr> properties = new ArrayList<>();
        if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getNumPr() != null) {
            properties.add(paragraph.getCTP().getPPr().getNumPr());
        }
        Set<String> seen = new HashSet<>();
        for (XWPFStyle style = style(paragraph.getStyleID()); style != null && seen.add(style.getStyleId());
                style = style(style.getBasisStyleID())) {
            if (style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getNumPr() != null) {
                properties.add(style.getCTStyle().getPPr().getNumPr());
            }
        }
        return properties;
    }

    private XWPFStyle style(String styleId) {
        return styleId == null ? null : styles.get(styleId);
    }

    /** A numbering property as the first properties that set it give it: a paragraph's own win over its style's. */
    private static BigInteger first(List<CTNumPr> properties, Function<CTNumPr, CTDecimalNumber> property) {
        return properties.stream().map(property).filter(Objects::nonNull).map(CTDecimalNumber::getVal)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The definition of a level of a list, or null where it defines none. */
    private static CTLvl levelOf(CTAbstractNum listDefinition, int level) {
        return listDefinition.getLvlList().stream().filter(lvl -> lvl.getIlvl().intValue() == level).findFirst()
                .orElse(null);
    }

    /** A level as a list prints it: the whole level its override gives (lvlOverride/lvl), else its definition's. */
    private static CTLvl levelOf(CTNum list, CTAbstractNum listDefinition, int level) {
        return list.getLvlOverrideList().stream()
                .filter(override -> override.getIlvl().intValue() == level && override.getLvl() != null)
                .map(CTNumLvl::getLvl).findFirst().orElseGet(() -> levelOf(listDefinition, level));
    }

    /** A list's override of a level's start value, or null. */
    private static Integer startOverride(CTNum list, int level) {
        return list.getLvlOverrideList().stream()
                .filter(override -> override.getIlvl().intValue() == level && override.getStartOverride() != null)
                .map(override -> override.getStartOverride().getVal().intValue()).findFirst().orElse(null);
    }

    /** The number a level of a list starts at: the list's override, else its definition's start (0 if it has none). */
    private static int start(CTNum list, CTAbstractNum listDefinition, int level) {
        Integer override = startOverride(list, level);
        CTLvl definition = levelOf(list, listDefinition, level);
        return override != null ? override
                : definition != null && definition.getStart() != null ? definition.getStart().getVal().intValue() : 0;
    }

    /**
     * How many of the top levels restart a level when a paragraph takes a number at one of them: by default all the
     * levels above it; with lvlRestart, those down to the one-based level it names (0: none, it never restarts).
     */
    private static int restartingLevels(CTAbstractNum listDefinition, int level) {
        CTLvl definition = levelOf(listDefinition, level);
        return definition == null || definition.getLvlRestart() == null ? level
                : definition.getLvlRestart().getVal().intValue();
    }

    /**
     * A count as a list's number format prints it: 2 as "二" in Chinese counting, "②" in circled digits, "⑵" and
     * "⒉" enclosed otherwise, "乙" in Word's traditional ideographs, "B" in letters, "II" in roman numerals, "02" with a leading zero, "２" in full-width digits; in decimal where the
     * format has no sign for it (㉑ and beyond are printed 21, as Word does) and in the formats not named here.
     */
    static String format(int count, String format) {
        if (count < 1) {
            return Integer.toString(count);
        }
        return switch (format) {
            case "decimalEnclosedCircle" -> count <= ENCLOSED_DIGITS ? String.valueOf((char) ('①' + count - 1))
                    : Integer.toString(count);
            case "decimalEnclosedCircleChinese" -> count <= 10 ? String.valueOf((char) ('①' + count - 1))
                    : Integer.toString(count);
            case "decimalEnclosedParen" -> count <= ENCLOSED_DIGITS ? String.valueOf((char) ('⑴' + count - 1))
                    : Integer.toString(count);
            case "decimalEnclosedFullstop" -> count <= ENCLOSED_DIGITS ? String.valueOf((char) ('⒈' + count - 1))
                    : Integer.toString(count);
            case "ideographTraditional" -> count <= HEAVENLY_STEMS.length() ? HEAVENLY_STEMS.substring(count - 1, count)
                    : Integer.toString(count);
            case "ideographZodiac" -> count <= EARTHLY_BRANCHES.length()
                    ? EARTHLY_BRANCHES.substring(count - 1, count) : Integer.toString(count);
            case "ideographDigital" -> Integer.toString(count).chars()
                    .mapToObj(digit -> String.valueOf(CHINESE_DIGITS.charAt(digit - '0'))).collect(Collectors.joining());
            case "upperLetter" -> letters(count, 'A');
            case "lowerLetter" -> letters(count, 'a');
            case "upperRoman" -> roman(count);
            case "lowerRoman" -> roman(count).toLowerCase(Locale.ROOT);
            case "decimalZero" -> count < 10 ? "0" + count : Integer.toString(count);
            case "decimalFullWidth", "decimalFullWidth2" -> Integer.toString(count).chars()
                    .mapToObj(digit -> String.valueOf((char) (digit - '0' + '０'))).collect(Collectors.joining());
            default -> isChineseCounting(format) ? chinese(count) : Integer.toString(count);
        };
    }

    private static boolean isChineseCounting(String format) {
        return format.startsWith("chinese") || format.startsWith("ideograph") || format.startsWith("japaneseCounting")
                || format.startsWith("taiwaneseCounting");
    }

    /** A count in Chinese counting, up to 999 ("一百零一", "一百一十"); in decimal beyond. */
    private static String chinese(int count) {
        if (count > 999) {
            return Integer.toString(count);
        }
        int hundreds = count / 100;
        int tens = count / 10 % 10;
        int ones = count % 10;
        StringBuilder printed = new StringBuilder();
        if (hundreds > 0) {
            printed.append(CHINESE_DIGITS.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                // 101 is 一百零一
                printed.append('零');
            }
        }
        if (tens > 0) {
            // 10 is 十, but 110 is 一百一十
            printed.append(tens == 1 && hundreds == 0 ? "" : String.valueOf(CHINESE_DIGITS.charAt(tens))).append('十');
        }
        if (ones > 0) {
            printed.append(CHINESE_DIGITS.charAt(ones));
        }
        return printed.toString();
    }

    /** A count in letters as Word prints them: A to Z, then the letter doubled (27 is AA, 28 BB), tripled, … */
    private static String letters(int count, char a) {
        return String.valueOf((char) (a + (count - 1) % 26)).repeat((count - 1) / 26 + 1);
    }

    /** A count in roman numerals, up to 3999; in decimal beyond. */
    private static String roman(int count) {
        if (count > 3999) {
            return Integer.toString(count);
        }
        StringBuilder printed = new StringBuilder();
        int rest = count;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            for (; rest >= ROMAN_VALUES[i]; rest -= ROMAN_VALUES[i]) {
                printed.append(ROMAN_SIGNS[i]);
            }
        }
        return printed.toString();
    }
}
