package org.xxgk.checker.ingest;

import org.xxgk.checker.format.BlockSpec;
import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.format.FormatDefinition;
import org.xxgk.checker.format.Labels;
import org.xxgk.checker.format.PortalWords;
import org.xxgk.checker.format.SectionSpec;
import org.xxgk.checker.format.TableLayout;
import org.xxgk.checker.report.SecondReport;
import org.xxgk.checker.report.Section;
import org.xxgk.checker.report.TextBlock;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Finds a report's title and its section headings. A heading is a short line that names one of the format's
 * sections, with or without its number ("四、…", "第四部分…") and markdown marks; a numbered heading beyond the
 * last section ("七、附件") opens a section the format does not know. A report whose parts are not numbered so has
 * them read under the numbers other reports give them ("1、…", "（一）…"), which most reports give the items
 * within a part instead. A part whose title is unlike the format's ("一、基本情况") is found by its number and place.
 * Under parts headed "第四部分…", lines numbered "四、…" are the parts' items.
 */
final class OutlineReader {
    /** A part's number as a report that heads its parts "第四部分…" prints it. */
    private static final String PART_NUMBER = "第([" + SectionSpec.NUMERALS + "]+)部分";
    /** A part's heading numbered as the format numbers it: "四、…", "第四部分…", or set off by a space ("六 其他…"). */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:" + PART_NUMBER + "|([" + SectionSpec.NUMERALS + "]+)(?:[、.．]|[ \\t　]+))\\s*(.+?)[。：:]?$");
    /** A heading numbered "第四部分…", not "四、…". */
    private static final Pattern HEADED_AS_A_PART = Pattern.compile("^" + PART_NUMBER);
    /** A part's heading numbered otherwise: "4、…", "4.…", "（四）…", "(4)…". */
    private static final Pattern OTHERWISE_NUMBERED = Pattern.compile(
            "^(?:[（(]([" + SectionSpec.NUMERALS + "]+|[0-9０-９]{1,2})[）)]|([0-9０-９]{1,2})[、.．])\\s*(.+?)[。：:]?$");
    private static final String CHINESE_ZEROS = "〇○零OoＯｏ0０";
    /** A digit of an appendix's number: "2", "二". */
    private static final String APPENDIX_DIGIT = "[0-9０-９一二三四五六七八九十]";
    /** The number after "附件" or "附表", if any: "2", "二". */
    private static final String APPENDIX_NUMERAL = "\\s*" + APPENDIX_DIGIT + "*";
    /** An attachment's number: "附件", "附件2", "附件二". */
    private static final String ATTACHMENT = "附件" + APPENDIX_NUMERAL;
    /** The number of an appendix before a table's title, or on a line of its own: "附表1：", "附件2", "附表三". */
    private static final Pattern APPENDIX_NUMBER = Pattern.compile("^附[表件]" + APPENDIX_NUMERAL + "\\s*[：:、.．]?\\s*(.*)$");
    /** A year that is no date's: "2023年度", not the "2025年1月20日" of a signature. */
    private static final Pattern YEAR_NOT_OF_A_DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年(?!\\s*[0-9０-９]{1,2}\\s*月)");
    /** What a table's title may hold besides its part's title: the year before it, a unit note after it ("（单位：件）"). */
    private static final Pattern CAPTION_ADDITIONS = Pattern.compile(
            "^(?:19|20)\\d{2}\\s*年度?\\s*|\\s*[（(]?\\s*单位\\s*[：:][^）)]*[）)]?$");
    /**
     * A line above the title that is no part of it, besides a field of the portal's information bar: "附件1"; a date
     * alone ("2025年1月20日", "2025-01-20"); a document's number ("老政办〔2025〕3号").
     */
    private static final String NOT_IN_TITLE = ATTACHMENT + "\\s*"
            + "|(?:19|20)\\d{2}\\s*(?:年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[-/.．]\\s*\\d{1,2}\\s*[-/.．]\\s*\\d{1,2})"
            + "(?:\\s+\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?"
            + "|.*[〔\\[［【(（]\\s*(?:19|20)\\d{2}\\s*[〕\\]］】)）]\\s*第?\\s*\\d+\\s*号";
    /** A portal's buttons, a line of short bracketed words alone: "【打印】【关闭】". */
    private static final Pattern PORTAL_BUTTONS = Pattern.compile("^(?:\\s*【[^【】]{1,6}】)+\\s*$");
    /**
     * A year alone on the line under a title that names none, as a subtitle gives it: "（2024年度）", "（2024）",
     * "2024年度"; not a date ("2025年1月20日", the day the report was published).
     */
    private static final Pattern YEAR_SUBTITLE = Pattern.compile(
            "^(?:[（(]\\s*(?:19|20)\\d{2}\\s*(?:年度?)?\\s*[）)]|(?:19|20)\\d{2}\\s*年度?)$");
    /** A year in brackets, which may lack its 年: "（2024）" after a title's ending. */
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("[（(]\\s*((?:19|20)\\d{2})\\s*(?:年度?)?\\s*[）)]");
    /** A blank line, or a page number in a table of contents: "……3", "第3页", "- 3 -". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("[\\s.．…·\\-—0-9０-９第页]*");
    /** A label before a title ("附件2：", "原文链接："), or a dash before a subtitle ("——"). */
    private static final Pattern TITLE_LABEL = Pattern.compile(
            "(?:" + ATTACHMENT + "|原文链接|相关链接|原文|链接)\\s*[：:]\\s*|[—\\-－\\s]+");
    /** The field label before the title in a portal's catalogue block ("名称：", "标　　题：", "信息名称："). */
    private static final Pattern FIELD_LABEL = Pattern.compile("^(?:文件|信息)?(?:名[\\s　]*称|标[\\s　]*题)[\\s　]*[：:][\\s　]*");
    /** What a sentence holds and a title does not: its punctuation, or words that compare ("对比", "较上年"). */
    private static final Pattern SENTENCE = Pattern.compile("[。，；！？]|对比|相比|同比|较(?:上|去|前|[0-9０-９])");
    /** The punctuation that ends a sentence (a comma may stand in a headline). */
    private static final Pattern SENTENCE_END = Pattern.compile("[。；！？]");
    /** A document's name: "《中华人民共和国政府信息公开条例》". */
    private static final Pattern DOCUMENT_NAME = Pattern.compile("《[^《》]*》");
    /** The quotation marks and brackets at either end of a title: "《…年度报告》解读". */
    private static final Pattern QUOTES = Pattern.compile("^[《“\"「\\s]+|[》”\"」\\s]+$");
    /** The word over a table of contents. */
    private static final String CONTENTS = "目录";
    /**
     * The fewest lines with a sentence before a report's own title again, and after it, that make it a copy, not a
     * contents list.
     */
    private static final int MIN_SENTENCES_OF_A_COPY = 3;
    private static final Pattern FULL_WIDTH_YEAR = Pattern.compile("([０-９]{4})(\\s*年)");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度?");
    /** A year just before a title's ending, which may have taken its 年: "…工作2024" before "年度报告". */
    private static final Pattern YEAR_AT_END = Pattern.compile("(?:19|20)\\d{2}\\s*(?:年度?)?\\s*$");
    /** A year in Chinese numerals, its zero also typed as a letter O or a digit: "二〇二四年", "二O二四年", "二0二四年". */
    private static final Pattern CHINESE_YEAR = Pattern.compile("([一二][" + CHINESE_ZEROS + "一二三四五六七八九]{3})\\s*年");
    private static final Pattern BRACKETS_AND_SPACES = Pattern.compile("[《》\\s\u3000]");
    /** What a pair of brackets holds, with the brackets: "（洛阳市…服务中心）", "〔…〕", "【…】". */
    private static final Pattern BRACKETED = Pattern.compile("[（(〔［\\[【〈][^（）()〔〕［］\\[\\]【】〈〉]*[）)〕］\\]】〉]");
    /** A line in brackets: "（老城区人民政府）". */
    private static final Pattern BRACKETED_ALONE = Pattern.compile("^[（(]\\s*([^（）()]+?)\\s*[）)]$");
    private static final Pattern TRAILING_NAME = Pattern.compile("[（(]([^（）()]+)[）)]\\s*$");
    private static final int MAX_HEADING_LENGTH = 50;
    /** The longest line without a number that may be a part's title worded a little otherwise. */
    private static final int MAX_UNNUMBERED_TITLE_LENGTH = 30;
    /** The marks that set a part's text off from its title when both stand on the heading's line. */
    private static final String INLINE_MARKS = "：:。";
    /** The most lines of a portal's menus and notices looked past for the title, and their longest. */
    private static final int MAX_CHROME_LINES = 20;
    private static final int MAX_CHROME_LENGTH = 40;
    /** The longest line under a title that may be a body's name alone. */
    private static final int MAX_BODY_NAME_LENGTH = 40;
    /** The fewest characters of text under a part's heading unlike the format's that make it the part's heading. */
    private static final int MIN_RETITLED_PART_LENGTH = 40;
    /** How closely a title printed under another part's number must resemble a part's title to be its heading. */
    private static final double NEAR_TITLE = 0.85;

    private final LabelIndex<SectionSpec> titles = new LabelIndex<>();
    private final List<SectionSpec> parts;
    /** The lengths of the parts' titles as they are compared ({@link Labels#normalize}). */
    private final int[] titleLengths;
    /** The parts that hold a table, whose numbered rows ("三、本年度办理结果") may stand alone on their lines. */
    private final Set<String> partsWithTables;
    /** The words of a table's header that no other part's table prints ("申请人情况", "第二十条第（一）项"), by part. */
    private final Map<SectionSpec, List<String>> tableHeaderWords;
    /**
     * The labels of a part's table, its rows' among them, that no other part's table prints and the part's title does
     * not name ("结果维持", "复议后起诉"), by part: what tells its table from another table on its subject.
     */
    private final Map<SectionSpec, List<String>> tableOwnWords;
    private final int sectionCount;
    private final List<String> titleEndings;
    private final List<String> interpretationWords;
    /** The words with which a report speaks of itself ("本报告"), as its preamble does. */
    private final List<String> preambleWords;
    /** The words a portal labels a page's publication date with ("发布日期"), which open no title. */
    private final List<String> publicationDateLabels;
    /** The words of a portal's controls ("当前位置"), which open no title. */
    private final PortalWords portal;
    /**
     * A line above the title that is no part of it ({@link #NOT_IN_TITLE}), or a field of the portal's information
     * bar, alone or with others in a table's cells ("发布日期：2025-01-20", "索引号\t…", "浏览次数：1234 【打印】").
     */
    private final Pattern notInTitle;
    /** How the names of the body types end ("区人民政府", "局"), by which a line under a title is a body's name. */
    private final List<String> bodyNameEndings;

    OutlineReader(FormatCatalog catalog, List<String> bodyNameEndings) {
        this.bodyNameEndings = List.copyOf(bodyNameEndings);
        FormatDefinition newest = catalog.newest();
        for (SectionSpec section : newest.sections()) {
            titles.add(section, section.title(), section.variants());
        }
        parts = newest.sections();
        titleLengths = parts.stream().mapToInt(part -> Labels.normalize(part.title()).length()).toArray();
        partsWithTables = newest.tables().stream().map(TableLayout::sectionId).collect(Collectors.toUnmodifiableSet());
        tableHeaderWords = distinctWords(catalog, parts, OutlineReader::headerLabels);
        tableOwnWords = tableOwnWords(catalog, parts);
        sectionCount = newest.sections().size();
        titleEndings = newest.titleEndings();
        interpretationWords = newest.interpretationWords();
        preambleWords = newest.preambleWords();
        publicationDateLabels = newest.publicationDateLabels();
        portal = newest.portal();
        notInTitle = notInTitle(portal.informationBarFields());
    }

    Outline read(List<String> lines) {
        int first = nextNonBlank(lines, 0);
        Title found = title(lines, first);
        // a page copied or printed from a portal: its menus and "当前位置：首页 > …" stand before the title
        int afterChrome = first;
        for (int skipped = 0; found == null && afterChrome >= 0 && skipped < MAX_CHROME_LINES
                && isPortalChrome(lines.get(afterChrome)); skipped++) {
            afterChrome = nextNonBlank(lines, afterChrome + 1);
        }
        found = found != null || afterChrome == first ? found : title(lines, afterChrome);
        if (found == null) {
            // a table of contents before the title ("目录 / 一、总体情况……1 / 二、…"), maybe under the portal's menus
            int afterContents = afterContents(lines, first);
            afterContents = afterContents < 0 ? afterContents(lines, afterChrome) : afterContents;
            found = afterContents < 0 ? null : title(lines, afterContents);
        }
        if (found != null && isInterpretation(found.text())) {
            // a picture's caption over the title ("一图读懂…年度报告")
            int next = nextNonBlank(lines, found.last() + 1);
            Title below = next < 0 ? null : title(lines, next);
            found = below == null || isInterpretation(below.text()) ? found : below;
        }
        found = found == null || isInterpretation(found.text()) ? found : withSubtitle(lines, found);
        int titleLine = found == null ? 0 : found.line() + 1;
        String title = found == null ? "" : found.text();
        first = found == null ? first : found.last();
        int bodyStart = titleLine == 0 ? Math.max(first, 0) : first + 1;
        List<Heading> headings = headings(lines, bodyStart, NUMBERED);
        Pattern numbering = NUMBERED;
        if (partsNamed(headings) <= 1) {
            List<Heading> otherwise = headings(lines, bodyStart, OTHERWISE_NUMBERED);
            numbering = partsNamed(otherwise) > partsNamed(headings) ? OTHERWISE_NUMBERED : NUMBERED;
            headings = numbering == OTHERWISE_NUMBERED ? otherwise : headings;
        }
        headings = withoutItemsOfParts(lines, withoutContents(lines, withoutCaptions(withoutEarlyNamings(headings))));
        headings = withRetitledParts(lines, bodyStart, headings, numbering);
        int reportAfter = found != null && isInterpretation(title) ? reportAfterAnInterpretation(lines, headings) : -1;
        if (reportAfter >= 0) {
            // an interpretation before the report is no part of it: the report is read from its title, on its own lines
            List<String> report = new ArrayList<>(Collections.nCopies(reportAfter, ""));
            report.addAll(lines.subList(reportAfter, lines.size()));
            return read(report);
        }
        String digits = arabicYears(title);
        Integer reportYear = year(digits);
        String organization = organization(digits);
        End boundary = appended(lines, headings, organization, reportYear);
        boundary = boundary != null ? boundary : contentsAfterTheText(lines, headings);
        if (boundary != null) {
            // what follows has parts of its own, no repeats of the report's: the report is read from the lines before
            Outline report = read(lines.subList(0, boundary.line()));
            return new Outline(report.title(), report.titleLine(), report.organization(), report.year(),
                    report.preamble(), report.sections(), report.appendedTables(), report.rowsBeforeHeadings(),
                    boundary.secondReport(), report.length());
        }
        // an appended table's title opens no part, nor does another year's: the table is its part's, and the part
        // before ends above it; another year's table is no table of the report
        List<AppendedTable> appendix = appendedTables(lines, headings, reportYear);
        headings = headings.stream()
                .filter(heading -> appendix.stream().noneMatch(table -> table.caption() == heading.line())).toList();
        List<AppendedTable> appended = appendix.stream().filter(table -> !table.anotherYears()).toList();
        int preambleEnd = headings.isEmpty() ? lines.size() : headings.get(0).line();
        TextBlock preamble = block(lines, titleLine == 0 ? 0 : first + 1, preambleEnd);
        List<Section> sections = new ArrayList<>();
        Set<SectionSpec> headed = headings.stream().map(Heading::spec).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Integer, String> rowsBeforeHeadings = new HashMap<>();
        headings.stream().filter(heading -> !heading.rowBefore().isEmpty())
                .forEach(heading -> rowsBeforeHeadings.put(heading.line(), heading.rowBefore()));
        List<String> text = Outline.withRowsBeforeHeadings(lines, rowsBeforeHeadings);
        for (int h = 0; h < headings.size(); h++) {
            Heading heading = headings.get(h);
            Heading next = h + 1 < headings.size() ? headings.get(h + 1) : null;
            // a heading run into the last row of the table above leaves that row, on its line, to this part
            int end = next == null ? lines.size() : next.rowBefore().isEmpty() ? next.line() : next.line() + 1;
            for (AppendedTable table : appended) {
                end = table.start() > heading.line() ? Math.min(end, table.start()) : end;
            }
            end = unheadedTableStart(text, heading, end, headed);
            sections.add(new Section(heading.spec(), heading.text(), heading.number(), heading.line() + 1,
                    body(text, heading, end), h, heading.retitled()));
        }
        Map<String, TextBlock> tables = new LinkedHashMap<>();
        for (AppendedTable table : appended) {
            // with the blank lines at its end, which may be a printed skeleton's row of blank cells
            tables.put(table.part().id(), new TextBlock(String.join("\n", lines.subList(table.caption() + 1, table.end())),
                    table.caption() + 2, table.end()));
        }
        return new Outline(title, titleLine, organization, reportYear, preamble, sections, tables,
                Map.copyOf(rowsBeforeHeadings), null, lines.size());
    }

    /**
     * A part's table printed after the last part, as an appendix: where it starts (its "附表1" line, or its title's),
     * the line of its title, and where it ends; lines from 0, the end exclusive. A table of another year than the
     * report's ("2023年度行政复议、行政诉讼情况") is no table of the report; a line over such tables ("附：2023年度对比情况")
     * is noted as one with no part, to end the table above it.
     */
    private record AppendedTable(SectionSpec part, int start, int caption, int end, boolean anotherYears) {
        AppendedTable ending(int end) {
            return new AppendedTable(part, start, caption, end, anotherYears);
        }
    }

    /**
     * The tables printed after the last part as an appendix, each under a line with its part's title, alone or after
     * the appendix's number ("附表1：主动公开政府信息情况"), which may stand on the line above ("附件1"): a part with
     * a table, headed before and holding no table of its own, whose table stands between the title and the next one
     * or the next heading, and whose labels are that table's ({@link #namesItsTable}). A title over no table, or over
     * a second copy of a part's table, stays a heading. Another year's tables are listed too, their titles being no
     * headings; a title naming another year covers its own table, a line naming it that is no table's title the
     * tables below it ({@link #headsTablesOf}), up to a title that names the report's year.
     */
    private List<AppendedTable> appendedTables(List<String> lines, List<Heading> headings, Integer year) {
        int lastPart = -1;
        for (int h = 0; h < headings.size(); h++) {
            Heading heading = headings.get(h);
            if (heading.spec() != null && (lastPart < 0 || heading.spec().order() > headings.get(lastPart).spec().order())) {
                lastPart = h;
            }
        }
        // the parts with a table whose first heading, up to the last part's, has none under it: only theirs are looked for
        Set<SectionSpec> headed = new HashSet<>();
        Set<SectionSpec> withoutTable = new HashSet<>();
        for (int h = 0; h <= lastPart; h++) {
            Heading heading = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1).line() : lines.size();
            if (heading.spec() != null && headed.add(heading.spec()) && partsWithTables.contains(heading.spec().id())
                    && !holdsATable(lines, heading.line() + 1, end)) {
                withoutTable.add(heading.spec());
            }
        }
        if (withoutTable.isEmpty()) {
            return List.of();
        }
        List<AppendedTable> captions = new ArrayList<>();
        // under a line that names another year ("附：2023年度对比情况") stand that year's tables, no tables of the report
        boolean anotherYears = false;
        for (int at = headings.get(lastPart).line() + 1; at < lines.size(); at++) {
            AppendedTable caption = appendixCaption(lines, at, year, anotherYears);
            if (caption != null) {
                captions.add(caption);
                at = caption.caption();
                // a title naming the report's year ends another year's tables; one naming another year covers its own
                anotherYears = anotherYears && caption.anotherYears();
                continue;
            }
            String text = stripMarks(lines.get(at));
            if (text.length() <= MAX_UNNUMBERED_TITLE_LENGTH && !TextBlock.isTableLine(lines.get(at))
                    && !SENTENCE_END.matcher(text).find() && text.indexOf('，') < 0) {
                Set<Integer> named = yearsNamed(text);
                boolean before = anotherYears;
                anotherYears = named.isEmpty() || !headsTablesOf(named, year) ? anotherYears
                        : namesAnotherYear(named, year);
                if (anotherYears && !before) {
                    captions.add(new AppendedTable(null, at, at, -1, true));
                }
            }
        }
        List<AppendedTable> tables = new ArrayList<>();
        int nextHeading = lastPart + 1;
        for (int c = 0; c < captions.size(); c++) {
            AppendedTable caption = captions.get(c);
            while (nextHeading < headings.size() && headings.get(nextHeading).line() <= caption.caption()) {
                nextHeading++;
            }
            int end = Math.min(c + 1 < captions.size() ? captions.get(c + 1).start() : lines.size(),
                    nextHeading < headings.size() ? headings.get(nextHeading).line() : lines.size());
            if (caption.part() == null || !holdsATable(lines, caption.caption() + 1, end)) {
                continue;
            }
            if (caption.anotherYears()) {
                tables.add(caption.ending(end));
            } else if (withoutTable.contains(caption.part())
                    && namesItsTable(caption.part(), lines, caption.caption() + 1, end)) {
                // a part's table is appended once: a second table under its title is a repeat of the part
                withoutTable.remove(caption.part());
                tables.add(caption.ending(end));
            }
        }
        return tables;
    }

    /**
     * Where, under a part's heading and before {@code end}, the table of the next part starts when that part has no
     * heading (left out, or run into the line above): a line without values or a sentence (a header, not a row with
     * the heading run into it) that heads that part's table alone ({@link #partWhoseTableHeads}) and is followed by
     * the table's own labels ({@link #namesItsTable}); else {@code end}. The table is then no part of the heading's
     * part: read there, 表四 under part 三 would be taken for rows of 表三, and reported missing.
     *
     * @param headed the parts that have a heading
     */
    private int unheadedTableStart(List<String> lines, Heading heading, int end, Set<SectionSpec> headed) {
        int next = heading.spec() == null ? -1 : parts.indexOf(heading.spec()) + 1;
        if (next <= 0 || next >= parts.size() || headed.contains(parts.get(next))
                || !partsWithTables.contains(parts.get(next).id())) {
            return end;
        }
        SectionSpec part = parts.get(next);
        for (int at = heading.line() + 1; at < end; at++) {
            if (!SENTENCE.matcher(lines.get(at)).find() && part.equals(partWhoseTableHeads(lines.get(at)))
                    && !CellSplitter.split(at + 1, lines.get(at)).hasValues() && namesItsTable(part, lines, at, end)) {
                return at;
            }
        }
        return end;
    }

    /**
     * The title of an appended table at a line, with the appendix's number before it or on the line above; the
     * title unnumbered, or under its part's number after the appendix's ("附表1：二、主动公开政府信息情况"), and with
     * the report's year before it or a unit note after it. {@code null} when the line is no such title of a part
     * with a table. A title that names another year, or none under a line that does ({@code underAnotherYear}), is
     * another year's: last year's table is no table of the report. Its end is not yet known.
     */
    private AppendedTable appendixCaption(List<String> lines, int at, Integer year, boolean underAnotherYear) {
        String text = stripMarks(lines.get(at));
        if (text.isEmpty() || TextBlock.isTableLine(lines.get(at))) {
            return null;
        }
        Matcher marked = APPENDIX_NUMBER.matcher(text);
        int caption = at;
        if (marked.matches()) {
            text = marked.group(1);
            if (text.isEmpty()) {
                caption = nextNonBlank(lines, at + 1);
                text = caption < 0 ? "" : stripMarks(lines.get(caption));
                // an appendix with no title ("附表1", "附件：") straight over a table's header, or over a list of the
                // attachments' names: the line names the part
                SectionSpec headed = caption < 0 ? null : partWhoseTableHeads(lines.get(caption));
                if (headed != null) {
                    return new AppendedTable(headed, at, at, -1, isAnotherYearsTitle(text, year, underAnotherYear));
                }
            }
        }
        if (text.isEmpty()) {
            return null;
        }
        Heading title = heading(CAPTION_ADDITIONS.matcher(arabicYears(text)).replaceAll(""), caption, NUMBERED);
        boolean numberedAsItsPart = title != null && title.spec() != null
                && (title.number().isEmpty() || marked.matches() && title.number().equals(title.spec().number()));
        return !numberedAsItsPart || !partsWithTables.contains(title.spec().id()) ? null
                : new AppendedTable(title.spec(), at, caption, -1, isAnotherYearsTitle(text, year, underAnotherYear));
    }

    /**
     * Whether a short line after the last part that names years heads tables of those years: it names the report's
     * year or an earlier one ("2023年度行政复议、行政诉讼情况", "2024年度"). A line naming only a later year ("2025年
     * 工作计划", "2025年工作情况展望") is part 六's text about the next year's work: a report holds no later year's tables.
     */
    private static boolean headsTablesOf(Set<Integer> named, Integer year) {
        return year == null || Collections.min(named) <= year;
    }

    /** Whether a table's title is another year's: it names another year, or names none under a line that does. */
    private static boolean isAnotherYearsTitle(String title, Integer year, boolean underAnotherYear) {
        Set<Integer> named = yearsNamed(title);
        return named.isEmpty() ? underAnotherYear : namesAnotherYear(named, year);
    }

    /**
     * Whether the table in lines[from, to) is its part's by its labels: a line holds a label that only that part's
     * table prints and the part's title does not name (表四's "结果维持", "复议后起诉", not the "行政复议" that a
     * table of cases by department or by month prints too), or a cell's text over the cell below it does, a label
     * wrapped in its cell ("结果" over "维持", "复议后" over "起诉"). A table with no such label in the format is known
     * by its title alone.
     */
    private boolean namesItsTable(SectionSpec part, List<String> lines, int from, int to) {
        List<String> words = tableOwnWords.getOrDefault(part, List.of());
        if (words.isEmpty()) {
            return true;
        }
        List<String> above = List.of();
        for (int at = from; at < to; at++) {
            String key = Labels.normalize(lines.get(at));
            List<String> cells = CellSplitter.split(at + 1, lines.get(at)).cells();
            if (words.stream().anyMatch(key::contains) || stackedCells(above, cells).anyMatch(
                    stacked -> words.stream().anyMatch(stacked::contains))) {
                return true;
            }
            above = cells;
        }
        return false;
    }

    /** The text of each cell of a line with the cell in the same column of the line above before it. */
    private static Stream<String> stackedCells(List<String> above, List<String> cells) {
        return IntStream.range(0, Math.min(above.size(), cells.size()))
                .mapToObj(column -> Labels.normalize(above.get(column) + cells.get(column)));
    }

    /** The part whose table a line heads: it holds words of that table's header and of no other's. */
    private SectionSpec partWhoseTableHeads(String line) {
        String key = Labels.normalize(line);
        List<SectionSpec> named = tableHeaderWords.entrySet().stream()
                .filter(part -> part.getValue().stream().anyMatch(key::contains)).map(Map.Entry::getKey).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** The words a table prints over its rows: its header's words, its blocks' and columns' labels. */
    private static Stream<String> headerLabels(TableLayout layout) {
        return Stream.of(layout.headerWords().stream(), layout.blocks().stream().map(BlockSpec::label),
                        layout.columns().stream().flatMap(column -> Stream.of(column.label(), column.group())))
                .flatMap(Function.identity());
    }

    /** The labels of each part's table, its rows' among them, that tell it from another table on its subject. */
    private static Map<SectionSpec, List<String>> tableOwnWords(FormatCatalog catalog, List<SectionSpec> parts) {
        Map<SectionSpec, List<String>> own = new LinkedHashMap<>();
        distinctWords(catalog, parts, layout -> Stream.concat(headerLabels(layout),
                        layout.rows().stream().flatMap(row -> Stream.of(row.label(), row.shortLabel()))))
                .forEach((part, words) -> own.put(part, words.stream()
                        .filter(word -> !Labels.normalize(part.title()).contains(word)).toList()));
        return own;
    }

    /**
     * The labels each part's table prints, in every format, as {@code labels} gives them; without those that a label
     * of another part's table holds ("总计", "其他"), which name no one table.
     */
    private static Map<SectionSpec, List<String>> distinctWords(FormatCatalog catalog, List<SectionSpec> parts,
                                                                Function<TableLayout, Stream<String>> labels) {
        Map<String, Set<String>> wordsByPart = new LinkedHashMap<>();
        for (FormatDefinition format : catalog.formats()) {
            for (TableLayout layout : format.tables()) {
                Set<String> words = wordsByPart.computeIfAbsent(layout.sectionId(), part -> new LinkedHashSet<>());
                labels.apply(layout).filter(Objects::nonNull).map(Labels::normalize).filter(word -> !word.isEmpty())
                        .forEach(words::add);
            }
        }
        Map<SectionSpec, List<String>> distinct = new LinkedHashMap<>();
        for (SectionSpec part : parts) {
            Set<String> words = wordsByPart.getOrDefault(part.id(), Set.of());
            List<String> others = wordsByPart.entrySet().stream().filter(other -> !other.getKey().equals(part.id()))
                    .flatMap(other -> other.getValue().stream()).toList();
            List<String> own = words.stream().filter(word -> others.stream().noneMatch(other -> other.contains(word)))
                    .toList();
            if (!own.isEmpty()) {
                distinct.put(part, own);
            }
        }
        return distinct;
    }

    /** The years a text names, a date's year aside: "2023年度" names 2023, "2025年1月20日" none. */
    private static Set<Integer> yearsNamed(String text) {
        Set<Integer> years = new HashSet<>();
        Matcher named = YEAR_NOT_OF_A_DATE.matcher(arabicYears(text));
        while (named.find()) {
            years.add(Integer.valueOf(named.group(1)));
        }
        return years;
    }

    /** Whether the years named are other than the report's; none is when the report's year is unknown. */
    private static boolean namesAnotherYear(Set<Integer> named, Integer year) {
        return year != null && !named.isEmpty() && !named.equals(Set.of(year));
    }

    /**
     * Whether lines[from, to) hold a line of a table: cells set apart by tabs or pipes, or several values in a row
     * ("规章 0 0 0"). A list of figures, one after each label ("规章 0件", "行政许可 12126件"), is prose.
     */
    private static boolean holdsATable(List<String> lines, int from, int to) {
        for (int at = from; at < to; at++) {
            if (TextBlock.isTableLine(lines.get(at)) || CellSplitter.split(at + 1, lines.get(at)).values().size() > 1) {
                return true;
            }
        }
        return false;
    }

    /** Where the report's text ends (from 0), and the second report that starts there, if one does. */
    private record End(int line, SecondReport secondReport) {
    }

    /**
     * Where another document the text holds after the report starts, or {@code null}: the first part starts again,
     * and before it, after the part before, stands a title. A title that announces an interpretation ("《…年度报告》
     * 解读", "一图读懂…") starts an interpretation of the report; one naming another body or year starts a second
     * report, also after an interpretation, as does one naming no body after an interpretation's text, over tables.
     * Right under an interpretation's headline, a title of the year is its subtitle. One that may be the report's
     * own (the same body and year, or no year) starts a second report only when the report was pasted twice: text
     * before it, and every part with text after it; a page header before a repeated part, or a table of contents, is
     * no second report.
     */
    private End appended(List<String> lines, List<Heading> headings, String organization, Integer year) {
        End interpretation = null;
        int[] partsNamedFrom = partsNamedFrom(headings);
        for (int h = 1; h < headings.size(); h++) {
            if (headings.get(h).spec() == null || !startsAgain(headings, h)) {
                continue;
            }
            boolean everyPartAgain = partsNamedFrom[h] >= sectionCount;
            // a line naming an interpretation ("附件：《…年度报告》解读") ends the report, unless a title of another
            // year's report follows it (its subtitle may name the office that wrote it); after an interpretation
            // with parts of its own, or with its text, a title of another body or year starts a second report
            boolean headline = false;
            for (int at = headings.get(h - 1).line() + 1; at < headings.get(h).line(); at++) {
                Title title = titleBetweenParts(lines, at);
                if (title == null) {
                    // the interpretation's text has begun: a title below it is no subtitle of its headline
                    headline = headline && lines.get(at).indexOf('。') < 0;
                    continue;
                }
                if (isInterpretation(title.text())) {
                    headline = true;
                    interpretation = interpretation == null ? new End(at, null) : interpretation;
                    continue;
                }
                String named = withoutLabel(title.text());
                String digits = arabicYears(named);
                String body = organization(digits);
                // a title naming no body may be the report's own, shortened (a page header); after an interpretation's
                // text, over tables, which no interpretation prints, it is the title of another report
                if (body.isEmpty() && (interpretation == null || headline || !holdsATable(lines, at + 1, lines.size()))) {
                    continue;
                }
                Integer titleYear = year(digits);
                boolean sameYear = titleYear == null || titleYear.equals(year);
                boolean mayBeOwnTitle = sameYear && BodyName.sameBody(body, organization);
                // after an interpretation's headline, a title of the year is its subtitle
                boolean second = headline ? !sameYear
                        : interpretation != null ? !mayBeOwnTitle
                        : !mayBeOwnTitle || everyPartAgain
                        && sentences(lines, headings.get(0).line(), at) >= MIN_SENTENCES_OF_A_COPY
                        && sentences(lines, at, lines.size()) >= MIN_SENTENCES_OF_A_COPY;
                if (second) {
                    // an interpretation with parts of its own is no part of the report either
                    int end = headline || interpretation == null ? at : interpretation.line();
                    return new End(end, new SecondReport(named, at + 1));
                }
            }
        }
        return interpretation;
    }

    /**
     * How many of the format's parts the headings from each on name, counted once for all: a text may repeat its
     * headings thousands of times, and counting from each would take as many passes.
     */
    private static int[] partsNamedFrom(List<Heading> headings) {
        int[] named = new int[headings.size()];
        Set<SectionSpec> parts = new HashSet<>();
        for (int h = headings.size() - 1; h >= 0; h--) {
            if (headings.get(h).spec() != null) {
                parts.add(headings.get(h).spec());
            }
            named[h] = parts.size();
        }
        return named;
    }

    /**
     * The title at a line between two parts, or {@code null}. A numbered item ("（一）…" in a table of contents) is no
     * title's first line; a sentence that names a report ("……年度报告已在门户网站公开。", "发布政策解读120篇，年度报告
     * 图解1篇", "对比2023年度政府信息公开工作年度报告，今年…") is no title, unless it is an interpretation's headline.
     */
    private Title titleBetweenParts(List<String> lines, int at) {
        String line = lines.get(at).strip();
        if (NUMBERED.matcher(line).matches() || OTHERWISE_NUMBERED.matcher(line).matches()) {
            return null;
        }
        Title title = title(lines, at);
        return title == null || isSentence(title.text()) && !isInterpretationsHeadline(title.text()) ? null : title;
    }

    /**
     * Whether a line that names a report is a sentence: long, with a sentence's punctuation, or comparing ("对比…").
     * A body's other name in brackets makes a title long, no sentence: "中国（河南）自由贸易试验区洛阳片区管理委员会
     * （洛阳市…对外开放服务中心）2024年…年度报告" is measured without what its brackets hold.
     */
    private static boolean isSentence(String text) {
        return BRACKETED.matcher(text).replaceAll("").length() > MAX_HEADING_LENGTH || SENTENCE.matcher(text).find();
    }

    /**
     * Whether a title that reads like a sentence (a comma in it) is still an interpretation's headline: it opens or
     * closes with the interpretation's word ("图解，2024年度…年度报告", "一图读懂：坚持公开为常态，…年度报告解读"), and
     * ends no sentence. A sentence naming an interpretation ("本年度发布政策解读120篇，年度报告图解1篇") has the word
     * inside.
     */
    private boolean isInterpretationsHeadline(String title) {
        String text = QUOTES.matcher(withoutLabel(title)).replaceAll("");
        return !SENTENCE_END.matcher(text).find()
                && interpretationWords.stream().anyMatch(word -> text.startsWith(word) || text.endsWith(word));
    }

    /**
     * Where the report starts after an interpretation at the start of the text, which has parts of its own: at the
     * title before the first part's second heading ("一图读懂…", "一、…", "二、…", then "…年度报告", "一、…"); -1 when no
     * report's title stands there.
     */
    private int reportAfterAnInterpretation(List<String> lines, List<Heading> headings) {
        for (int h = 1; h < headings.size(); h++) {
            if (headings.get(h).spec() == null || !startsAgain(headings, h)) {
                continue;
            }
            for (int at = headings.get(h - 1).line() + 1; at < headings.get(h).line(); at++) {
                Title title = titleBetweenParts(lines, at);
                if (title != null && !isInterpretation(title.text())) {
                    return at;
                }
            }
            return -1;
        }
        return -1;
    }

    /** A title without a label before it ("附件2：", "原文链接：") or a dash ("——"): what names the report. */
    private static String withoutLabel(String title) {
        Matcher label = TITLE_LABEL.matcher(title);
        return label.lookingAt() ? title.substring(label.end()) : title;
    }

    /** Whether a title announces an interpretation of a report ("《…年度报告》解读", "一图读懂…"). */
    private boolean isInterpretation(String title) {
        return interpretationWords.stream().anyMatch(title::contains);
    }

    /** How many lines from {@code from} to before {@code to} hold a sentence: a table of contents holds none. */
    private static long sentences(List<String> lines, int from, int to) {
        return lines.subList(from, to).stream().filter(line -> line.indexOf('。') >= 0).count();
    }

    /**
     * The title with the line under it when that line gives what the title lacks: the year ("老城区人民政府政府信息公开
     * 工作年度报告", then "（2024年度）"), or the body's name ("2024年政府信息公开工作年度报告", then "老城区人民政府").
     * A date under the title ("2025年1月20日") is the day it was published, a sentence the preamble's: neither is taken.
     */
    private Title withSubtitle(List<String> lines, Title title) {
        int next = nextNonBlank(lines, title.last() + 1);
        if (next < 0 || heading(lines.get(next)) != null || TextBlock.isTableLine(lines.get(next))) {
            return title;
        }
        String line = stripMarks(lines.get(next));
        String digits = arabicYears(title.text());
        boolean givesYear = year(digits) == null && YEAR_SUBTITLE.matcher(arabicYears(line)).matches();
        boolean givesBody = organization(digits).isEmpty() && isBodyName(line);
        // the year and the body may stand on a line each
        return givesYear || givesBody ? withSubtitle(lines, new Title(title.text() + " " + line, title.line(), next))
                : title;
    }

    /**
     * Whether a line is a body's name alone, or in brackets: short, no sentence, field, year or title, ending as a
     * body's name does.
     */
    private boolean isBodyName(String line) {
        String name = BRACKETED_ALONE.matcher(line).replaceFirst("$1");
        return name.length() <= MAX_BODY_NAME_LENGTH && !SENTENCE.matcher(name).find() && name.indexOf('：') < 0
                && name.indexOf(':') < 0 && !YEAR.matcher(arabicYears(name)).find() && !isTitle(name)
                // a preamble's first line, wrapped, may end as a name does ("本报告由老城区人民政府办公室")
                && preambleWords.stream().noneMatch(name::contains) && name.indexOf('《') < 0
                && bodyNameEndings.stream().anyMatch(name::endsWith);
    }

    /** The year a title names, in digits ({@link #arabicYears}): "2024年度", or in brackets without 年 ("（2024）"). */
    private static Integer year(String title) {
        Matcher year = YEAR.matcher(title);
        Matcher bracketed = YEAR_IN_BRACKETS.matcher(title);
        return year.find() ? Integer.valueOf(year.group(1))
                : bracketed.find() ? Integer.valueOf(bracketed.group(1)) : null;
    }

    /** A title found: its text, and its first and last line (from 0). */
    private record Title(String text, int line, int last) {
    }

    /**
     * The title at a line: that line, or with the next one when the title is wrapped (the body's name on one line,
     * "2024年政府信息公开工作年度报告" on the next; or a long title wrapped anywhere, even inside its ending,
     * "…年度报" and "告"); {@code null} when there is none.
     */
    private Title title(List<String> lines, int at) {
        if (at < 0 || heading(lines.get(at)) != null || TextBlock.isTableLine(lines.get(at))) {
            return null;
        }
        // the catalogue's label names the field, not the report: the title and the body's name start after it
        String line = FIELD_LABEL.matcher(stripMarks(lines.get(at))).replaceFirst("");
        if (isPortalControl(line)) {
            return null;
        }
        if (isTitle(line)) {
            return new Title(line, at, at);
        }
        int second = nextNonBlank(lines, at + 1);
        if (line.length() <= MAX_HEADING_LENGTH && !isNotInTitle(lines.get(at)) && second >= 0
                && heading(lines.get(second)) == null && isTitle(line + stripMarks(lines.get(second)))) {
            return new Title(line + stripMarks(lines.get(second)), at, second);
        }
        return null;
    }

    private static Pattern notInTitle(List<String> informationBarFields) {
        // the whole line must match, so the order of the names makes no difference ("日期" and "发布日期")
        String fields = informationBarFields.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("^(?:" + NOT_IN_TITLE + (fields.isEmpty() ? "" : "|(?:" + fields + ")\\s*[：:\\t].*") + ")$");
    }

    /**
     * Whether a line above a title is none of it ({@link #notInTitle}, {@link #PORTAL_BUTTONS}, a line opened by one
     * of the format's labels of a publication date: "公开日期：…", "发布于 …").
     */
    private boolean isNotInTitle(String line) {
        String text = stripMarks(line);
        return notInTitle.matcher(text).matches() || PORTAL_BUTTONS.matcher(line).matches()
                || publicationDateLabels.stream().anyMatch(text::startsWith);
    }

    /**
     * A line of a portal's page around a report: a control or breadcrumb ("当前位置：首页 > …"), a line that is no
     * part of a title however long (a row of the information bar's cells), or a short menu item or notice that is no
     * sentence, heading or title with a year.
     */
    private boolean isPortalChrome(String line) {
        String text = stripMarks(line);
        // a menu item may name the reports ("政府信息公开年报"); the title names the year as well
        return isPortalControl(text) || isNotInTitle(line)
                || text.length() <= MAX_CHROME_LENGTH && !text.endsWith("。") && heading(line) == null
                && !(isTitle(text) && YEAR.matcher(arabicYears(text)).find());
    }

    /**
     * A portal's control: a breadcrumb ("当前位置：首页 > 政务公开 > …"), which may end with the report's title, or a
     * line opened by another of the format's words of a portal's controls ("上一篇：…年度报告").
     */
    private boolean isPortalControl(String text) {
        return portal.isControl(text) || text.indexOf('>') >= 0 || text.indexOf('＞') >= 0 || text.indexOf('»') >= 0;
    }

    /** A title names the report by one of the format's title endings ("…年度报告"), and is not a paragraph. */
    private boolean isTitle(String line) {
        return line.length() <= 2 * MAX_HEADING_LENGTH && titleEndings.stream().anyMatch(line::contains);
    }

    /** The text with years in Chinese numerals ("二〇二四年") or full-width digits ("２０２４年") written in digits. */
    private static String arabicYears(String text) {
        // only a year's digits: "第１２３中学" in a body's name stays as printed
        Matcher fullWidth = FULL_WIDTH_YEAR.matcher(text);
        StringBuilder halfWidth = new StringBuilder(text.length());
        while (fullWidth.find()) {
            StringBuilder digits = new StringBuilder();
            fullWidth.group(1).chars().forEach(c -> digits.append((char) (c - '０' + '0')));
            fullWidth.appendReplacement(halfWidth, digits + fullWidth.group(2));
        }
        fullWidth.appendTail(halfWidth);
        Matcher year = CHINESE_YEAR.matcher(halfWidth);
        StringBuilder out = new StringBuilder();
        while (year.find()) {
            StringBuilder digits = new StringBuilder();
            for (char c : year.group(1).toCharArray()) {
                digits.append(CHINESE_ZEROS.indexOf(c) >= 0 ? 0 : "一二三四五六七八九".indexOf(c) + 1);
            }
            year.appendReplacement(out, digits + "年");
        }
        year.appendTail(out);
        return out.toString();
    }

    /**
     * @param number   the number printed before the title in the format's numerals ("四" for "4、"), or ""
     * @param line     where the heading stands, from 0
     * @param inline   the part's text that goes on after its title on the heading's line, or ""
     * @param retitled whether the title is unlike the format's and none of its accepted variants: a title that only
     *                 resembles it ("一、总体概况"), or a part known by its number and place ("一、基本情况")
     * @param rowBefore the last row of the part before's table, printed ahead of the heading on its line, or ""
     */
    private record Heading(SectionSpec spec, String text, String number, int line, String inline, boolean retitled,
                           String rowBefore) {
        Heading(SectionSpec spec, String text, String number, int line, String inline, boolean retitled) {
            this(spec, text, number, line, inline, retitled, "");
        }

        Heading(SectionSpec spec, String text, String number, int line) {
            this(spec, text, number, line, "", false);
        }

        /** Whether this heading is numbered "第四部分…", as some reports number their parts and no items. */
        boolean headedAsAPart() {
            return HEADED_AS_A_PART.matcher(text).lookingAt();
        }

        /** Whether this heading names the part under the part's own number ("四、" over part 四's title). */
        boolean ownNumber(SectionSpec part) {
            return part.equals(spec) && number.equals(part.number());
        }
    }

    /**
     * The headings with those of parts printed under their own number and a title unlike the format's ("一、基本情况"
     * for 一、总体情况): where one part is missing and every other one stands under its own number, the last line
     * numbered as that part, short and no sentence, between the heading of the part before (or the title) and that
     * of the part after, with a part's text under it (a preamble's "一、工作依据" right over 二, or over a sentence on
     * the report, is none). A part with a table is not looked for so: its table's numbered rows ("四、结转下年度继续办理")
     * may stand alone on their lines.
     */
    private List<Heading> withRetitledParts(List<String> lines, int bodyStart, List<Heading> headings, Pattern numbering) {
        if (partsNamed(headings) != sectionCount - 1) {
            return headings;
        }
        SectionSpec missing = parts.stream()
                .filter(part -> headings.stream().noneMatch(heading -> part.equals(heading.spec()))).findFirst().orElse(null);
        int order = parts.indexOf(missing);
        if (missing == null || partsWithTables.contains(missing.id()) || order + 1 >= parts.size()) {
            return headings;
        }
        SectionSpec after = parts.get(order + 1);
        int next = 0;
        while (next < headings.size() && !headings.get(next).ownNumber(after)) {
            next++;
        }
        boolean everyOtherOwnNumbered = parts.stream().filter(part -> part != missing)
                .allMatch(part -> headings.stream().anyMatch(heading -> heading.ownNumber(part)));
        boolean rightAfterThePartBefore = order == 0 ? next == 0 : next > 0 && headings.get(next - 1).ownNumber(parts.get(order - 1));
        if (next >= headings.size() || !everyOtherOwnNumbered || !rightAfterThePartBefore) {
            return headings;
        }
        int from = next == 0 ? bodyStart : headings.get(next - 1).line() + 1;
        int to = headings.get(next).line();
        for (int at = to - 1; at >= from; at--) {
            Heading retitled = retitledHeading(lines.get(at), at, missing, numbering);
            if (retitled != null) {
                if (!hasAPartsText(lines, at + 1, to)) {
                    // a numbered line of the preamble ("一、工作依据") over nothing but the next part is no part
                    return headings;
                }
                List<Heading> found = new ArrayList<>(headings);
                found.add(next, retitled);
                return found;
            }
        }
        return headings;
    }

    /**
     * Whether lines[from, to) hold what a part holds under its heading: text of some length, beside any table, with a
     * sentence in it or a list of two items or more, which may end with no full stop ("（一）主动公开：全年…"). Text
     * that speaks of the report on each line ("根据《条例》…特制作本报告。", "本报告所列数据…") is a preamble's, and a
     * list of documents' names ("（一）《中华人民共和国政府信息公开条例》") says nothing.
     */
    private boolean hasAPartsText(List<String> lines, int from, int to) {
        int length = 0;
        boolean sentence = false;
        int items = 0;
        boolean eachLineOfTheReport = true;
        for (String line : lines.subList(from, to)) {
            String text = stripMarks(line);
            if (!text.isEmpty() && !TextBlock.isTableLine(line)) {
                length += text.length();
                sentence |= SENTENCE_END.matcher(text).find();
                items += isAnItemSayingSomething(text) ? 1 : 0;
                eachLineOfTheReport &= preambleWords.stream().anyMatch(text::contains);
            }
        }
        return length >= MIN_RETITLED_PART_LENGTH && (sentence || items >= 2) && !eachLineOfTheReport;
    }

    /** Whether a line is an item of a list ("（一）…", "1、…") with words besides the names of documents. */
    private static boolean isAnItemSayingSomething(String text) {
        if (!mayBeNumbered(text.charAt(0), OTHERWISE_NUMBERED)) {
            return false;
        }
        Matcher item = OTHERWISE_NUMBERED.matcher(text);
        return item.matches() && DOCUMENT_NAME.matcher(item.group(3)).replaceAll("").chars()
                .anyMatch(Character::isLetterOrDigit);
    }

    /** The heading of a part at a line numbered as the part, with a title of its own ("一、基本情况"), or {@code null}. */
    private Heading retitledHeading(String line, int at, SectionSpec part, Pattern numbering) {
        if (TextBlock.isTableLine(line)) {
            return null;
        }
        String text = stripMarks(line);
        if (text.isEmpty() || text.length() > MAX_HEADING_LENGTH || text.endsWith("。")
                || !mayBeNumbered(text.charAt(0), numbering)) {
            return null;
        }
        Matcher numbered = numbering.matcher(text);
        if (!numbered.matches() || !number(numbered).equals(part.number()) || !mayBeAnUnnumberedTitle(numbered.group(3))
                || heading(line, at, numbering) != null) {
            return null;
        }
        return new Heading(part, text, part.number(), at, "", true);
    }

    /**
     * The headings without the captions among them: a line that only repeats the title of the part it stands in
     * ("收到和处理政府信息公开申请情况" printed over the part's table) opens no part of its own.
     */
    private static List<Heading> withoutCaptions(List<Heading> headings) {
        List<Heading> kept = new ArrayList<>(headings.size());
        for (Heading heading : headings) {
            Heading previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            boolean caption = previous != null && heading.spec() != null && heading.number().isEmpty()
                    && heading.spec().equals(previous.spec());
            if (!caption) {
                kept.add(heading);
            }
        }
        return kept;
    }

    /**
     * The headings without a table of contents before the text: three or more headings of parts at the start, each
     * once, with nothing but page numbers or the parts' items between them ("目录 / 一、总体情况 / （一）… / 二、…"),
     * after which one of them starts again (the first, unless the text lacks it), with no table before it. Their
     * parts are neither empty nor repeated; a part with a table is never one of them.
     */
    private static List<Heading> withoutContents(List<String> lines, List<Heading> headings) {
        int last = 0;
        while (last + 1 < headings.size() && headings.get(last).inline().isEmpty() && !listedBefore(headings, last + 1)
                && onlyContentsLines(lines, headings.get(last).line() + 1, headings.get(last + 1).line())) {
            last++;
        }
        if (last < 2 || last + 1 >= headings.size() || !listedBefore(headings, last + 1)
                || !eachPartOnce(headings.subList(0, last + 1))) {
            return headings;
        }
        boolean tableBefore = lines.subList(headings.get(last).line() + 1, headings.get(last + 1).line()).stream()
                .anyMatch(TextBlock::isTableLine);
        return tableBefore ? headings : List.copyOf(headings.subList(last + 1, headings.size()));
    }

    /**
     * Where a table of contents after the text starts, or {@code null}: the first part starting again at the end,
     * three or more headings of parts, each once, with nothing but page numbers or the parts' items between and
     * after them. A "目录" line above it goes with it.
     */
    private static End contentsAfterTheText(List<String> lines, List<Heading> headings) {
        int first = headings.size() - 1;
        if (first < 0 || !headings.get(first).inline().isEmpty()
                || !onlyContentsLines(lines, headings.get(first).line() + 1, lines.size())) {
            return null;
        }
        while (first > 0 && headings.get(first - 1).inline().isEmpty()
                && onlyContentsLines(lines, headings.get(first - 1).line() + 1, headings.get(first).line())) {
            first--;
        }
        int entry = Math.max(first, 1);
        while (entry < headings.size() && !startsAgain(headings, entry)) {
            entry++;
        }
        if (headings.size() - entry < 3 || !eachPartOnce(headings.subList(entry, headings.size()))) {
            return null;
        }
        int start = headings.get(entry).line();
        int above = start - 1;
        while (above >= 0 && lines.get(above).isBlank()) {
            above--;
        }
        return new End(above >= 0 && isContentsLabel(lines.get(above)) ? above : start, null);
    }

    /**
     * The first line after a table of contents that starts at {@code at}, or -1 when none starts there: numbered
     * entries with nothing but page numbers between them, one or more under a "目录" line, three or more without
     * one (two numbered lines alone may be the report's first parts).
     */
    private static int afterContents(List<String> lines, int at) {
        boolean labelled = at >= 0 && isContentsLabel(lines.get(at));
        int line = labelled ? nextNonBlank(lines, at + 1) : at;
        int entries = 0;
        for (; line >= 0 && isContentsLine(lines.get(line)); line = nextNonBlank(lines, line + 1)) {
            entries += NUMBERED.matcher(stripMarks(lines.get(line))).matches() ? 1 : 0;
        }
        return entries >= (labelled ? 1 : 3) ? line : -1;
    }

    private static boolean isContentsLabel(String line) {
        return stripMarks(line).replaceAll("[\\s\u3000]", "").equals(CONTENTS);
    }

    /** Whether the headings name parts of the format, none twice, as the entries of a table of contents do. */
    private static boolean eachPartOnce(List<Heading> entries) {
        return entries.stream().allMatch(entry -> entry.spec() != null)
                && entries.stream().map(Heading::spec).distinct().count() == entries.size();
    }

    /**
     * The headings without the items of parts headed "第…部分": in a report that heads its parts so, a heading under
     * such a heading and not numbered so is an item of that part ("四、政府信息公开行政复议、行政诉讼情况" among part
     * 一's topics, "七、…"), unless it heads a part that no "第…部分" heading names, in that part's place among them
     * ("六、其他需要报告的事项" after 第五部分). One naming the first part again is kept: another document may start
     * there (an interpretation, a second report), numbered as it numbers its parts, unless it stands right under a
     * "第…部分" heading ("第一部分 总体情况", then "一、总体情况概述"): that is the part's first item.
     */
    private static List<Heading> withoutItemsOfParts(List<String> lines, List<Heading> headings) {
        Set<SectionSpec> headedAsParts = headings.stream().filter(Heading::headedAsAPart).map(Heading::spec)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        // the earliest part headed "第…部分" after each heading, counted once from the end: a text may repeat its
        // headings thousands of times
        int[] earliestPartAfter = new int[headings.size()];
        int earliest = Integer.MAX_VALUE;
        for (int h = headings.size() - 1; h >= 0; h--) {
            earliestPartAfter[h] = earliest;
            Heading heading = headings.get(h);
            earliest = heading.headedAsAPart() && heading.spec() != null ? Math.min(earliest, heading.spec().order())
                    : earliest;
        }
        List<Heading> kept = new ArrayList<>(headings.size());
        boolean underAPartsHeading = false;
        int lastOrder = 0;
        for (int h = 0; h < headings.size(); h++) {
            Heading heading = headings.get(h);
            SectionSpec part = heading.spec();
            Heading above = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            boolean rightUnderAPart = above != null && above.headedAsAPart()
                    && nextNonBlank(lines, above.line() + 1) == heading.line();
            boolean startsAgain = h > 0 && startsAgain(headings, h) && !rightUnderAPart;
            boolean inItsPlace = part != null && !headedAsParts.contains(part) && part.order() > lastOrder
                    && part.order() < earliestPartAfter[h];
            if (heading.headedAsAPart() || !underAPartsHeading || startsAgain || inItsPlace) {
                kept.add(heading);
                underAPartsHeading = heading.headedAsAPart() || underAPartsHeading && !startsAgain;
                lastOrder = part == null ? lastOrder : part.order();
            }
        }
        return kept;
    }

    /** Whether the heading at {@code at} is that of a part headed before it again. */
    private static boolean listedBefore(List<Heading> headings, int at) {
        Heading heading = headings.get(at);
        return heading.spec() != null && headings.subList(0, at).stream().anyMatch(before -> heading.spec().equals(before.spec()));
    }

    /** Whether the heading at {@code at} is that of the first heading's part again. */
    private static boolean startsAgain(List<Heading> headings, int at) {
        return headings.get(0).spec() != null && headings.get(0).spec().equals(headings.get(at).spec());
    }

    /**
     * Whether the lines from {@code from} to before {@code to} could stand between the entries of a table of contents:
     * blank lines, page numbers, and the parts' items ("（一）…"); two headings may share a line.
     */
    private static boolean onlyContentsLines(List<String> lines, int from, int to) {
        return from <= to && lines.subList(from, to).stream().allMatch(OutlineReader::isContentsLine);
    }

    private static boolean isContentsLine(String line) {
        // a table's row of numbers is no page number
        if (TextBlock.isTableLine(line)) {
            return false;
        }
        if (PAGE_NUMBER.matcher(line).matches()) {
            return true;
        }
        String text = stripMarks(line);
        return text.length() <= MAX_HEADING_LENGTH && text.indexOf('。') < 0
                && (NUMBERED.matcher(text).matches() || OTHERWISE_NUMBERED.matcher(text).matches());
    }

    /**
     * The headings without those that name a part before its own heading: an item of part 一 worded like a later
     * part's title ("（二）依申请公开情况", "主动公开政府信息工作情况") is no heading when that part's heading, with
     * the part's own number, follows.
     */
    private static List<Heading> withoutEarlyNamings(List<Heading> headings) {
        List<Heading> kept = new ArrayList<>(headings.size());
        for (int h = 0; h < headings.size(); h++) {
            Heading heading = headings.get(h);
            boolean ownNumber = heading.spec() != null && heading.number().equals(heading.spec().number());
            boolean namedLater = heading.spec() != null && !ownNumber && headings.subList(h + 1, headings.size()).stream()
                    .anyMatch(later -> heading.spec().equals(later.spec()) && later.number().equals(later.spec().number()));
            if (!namedLater) {
                kept.add(heading);
            }
        }
        return kept;
    }

    /** The text of a part: the lines under its heading, after the text on the heading's line when it has some. */
    private static TextBlock body(List<String> lines, Heading heading, int end) {
        if (heading.inline().isEmpty()) {
            return block(lines, heading.line() + 1, end);
        }
        // the lines but the heading's, which keeps only its text: a view, for a copy of every line above each part
        // made a long text of repeated parts quadratic
        List<String> text = new AbstractList<>() {
            @Override
            public String get(int index) {
                return index == heading.line() ? heading.inline() : lines.get(index);
            }

            @Override
            public int size() {
                return end;
            }
        };
        return block(text, heading.line(), end);
    }

    /** The headings of lines[from, end), parts numbered as {@code numbering} numbers them. */
    private List<Heading> headings(List<String> lines, int from, Pattern numbering) {
        List<Heading> headings = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            // a row with a heading run into it may itself look like a heading ("四、结转下年度继续办理 … 四、政府…")
            Heading heading = headingAfterRow(lines.get(i), i, numbering);
            if (heading == null) {
                heading = heading(lines.get(i), i, numbering);
            }
            if (heading != null) {
                headings.add(heading);
            }
        }
        return headings;
    }

    /** How many of the format's parts the headings name. */
    private static long partsNamed(List<Heading> headings) {
        return headings.stream().filter(heading -> heading.spec() != null).map(Heading::spec).distinct().count();
    }

    /**
     * The number printed before a heading's title in the format's numerals: 四 in "四、…", "第四部分…", "4、…" or
     * "（四）…"; "" when it has none.
     */
    static String printedNumber(String heading) {
        for (Pattern numbering : List.of(NUMBERED, OTHERWISE_NUMBERED)) {
            Matcher numbered = numbering.matcher(heading);
            if (numbered.matches()) {
                return number(numbered);
            }
        }
        return "";
    }

    /** The number of a heading a numbering pattern matched, in the format's numerals: "第四部分", "四、", "4." → 四. */
    private static String number(Matcher numbered) {
        String number = numbered.group(1) != null ? numbered.group(1) : numbered.group(2);
        if (!Character.isDigit(number.charAt(0))) {
            return number;
        }
        int value = Integer.parseInt(number);
        return value >= 1 && value <= SectionSpec.NUMERALS.length() ? String.valueOf(SectionSpec.NUMERALS.charAt(value - 1))
                : number;
    }

    /**
     * The heading of a part run into the last row of the table above it, after the row's last value, where text
     * copied from a web page or a PDF lost the line break between them ("四、结转下年度继续办理 … 0 11
     * 四、政府信息公开行政复议、行政诉讼情况"); {@code null} when no part's numbered heading follows a value so.
     */
    private Heading headingAfterRow(String line, int at, Pattern numbering) {
        int end = line.length();
        while (end > 0) {
            int start = end;
            while (start > 0 && !isCellBreak(line.charAt(start - 1))) {
                start--;
            }
            int rest = end;
            while (rest < line.length() && isLeadingMark(line.charAt(rest))) {
                rest++;
            }
            // the character tests first: most lines have no numbering mark after a cell break
            if (rest < line.length() && mayBeNumbered(line.charAt(rest), numbering) && start < end
                    && Values.isValue(line.substring(start, end))) {
                Heading heading = heading(stripMarks(line.substring(end)), at, numbering);
                if (heading != null && heading.spec() != null && !heading.number().isEmpty()) {
                    return new Heading(heading.spec(), heading.text(), heading.number(), at, heading.inline(),
                            heading.retitled(), line.substring(0, end));
                }
            }
            end = start;
            while (end > 0 && isCellBreak(line.charAt(end - 1))) {
                end--;
            }
        }
        return null;
    }

    /** Whether a character ends a cell, or a value in a cell: white space, or a pipe of a markdown table. */
    private static boolean isCellBreak(char c) {
        // every character of every line is tested: Chinese text, above all white space, is passed with one comparison
        return c > '\u3000' ? c == '\uFF5C' : Labels.isSpace(c) || c == '|';
    }

    /** The heading of a line of the format's numbering ({@link #heading(String, int, Pattern)}), or {@code null}. */
    private Heading heading(String line) {
        return heading(line, 0, NUMBERED);
    }

    /**
     * The section a line is the heading of, or {@code null} if the line is no heading. A numbered heading the
     * format does not know opens a section only when numbered as the format numbers parts: numbered otherwise, it
     * is an item of a part.
     */
    private Heading heading(String line, int at, Pattern numbering) {
        if (TextBlock.isTableLine(line)) {
            return null;
        }
        String text = stripMarks(line);
        if (text.isEmpty()) {
            return null;
        }
        Heading withText = headingWithText(text, at, numbering);
        if (withText != null) {
            return withText;
        }
        if (text.length() > MAX_HEADING_LENGTH) {
            return null;
        }
        // most lines start with no number, and are not put to the pattern
        Matcher numbered = mayBeNumbered(text.charAt(0), numbering) ? numbering.matcher(text) : null;
        if (numbered != null && numbered.matches()) {
            String number = number(numbered);
            Predicate<SectionSpec> numberedSo = spec -> spec.number().equals(number);
            LabelIndex.Match<SectionSpec> match = titles.match(numbered.group(3), numberedSo, false);
            boolean resembling = false;
            if (match == null) {
                // a title printed as the format has it, or nearly ("收到和处理政府信息公开申请的情况"), names its part
                // under any number; one that only resembles or holds a title must stand under the part's number: a
                // table row alone on its line ("一、本年新收政府信息公开申请数量") resembles part 三's title
                match = titles.match(numbered.group(3), numberedSo, true);
                resembling = altersTitle(numbered.group(3), match);
                match = match != null ? match : titles.matchContained(numbered.group(3));
                boolean near = match != null && LabelIndex.resemblance(Labels.normalize(numbered.group(3)),
                        Labels.normalize(match.canonical())) >= NEAR_TITLE;
                match = match != null && (near || numberedSo.test(match.target())) ? match : null;
            }
            if (match == null) {
                // under its own number, a title that keeps every word of the part's title or of a variant and adds
                // a few ("三、依申请公开政府信息的情况") names the part, however little it resembles the format's title
                match = keepingTheWords(numbered.group(3), numberedSo);
                resembling = false;
            }
            if (match != null && text.endsWith("。") && LabelIndex.resemblance(Labels.normalize(numbered.group(3)),
                    Labels.normalize(match.canonical())) < NEAR_TITLE) {
                // a numbered sentence of the prose that names a part ("四、政府信息公开行政复议情况已在表四列明。")
                return null;
            }
            if (match != null) {
                return new Heading(match.target(), text, number, at, "", resembling);
            }
            boolean beyondTheParts = SectionSpec.NUMERALS.indexOf(number.charAt(0)) >= sectionCount
                    || number.length() > 1;
            return numbering == NUMBERED && beyondTheParts ? new Heading(null, text, number, at) : null;
        }
        LabelIndex.Match<SectionSpec> match = titles.match(text, spec -> true, false);
        boolean resembling = false;
        if (match == null && mayBeAnUnnumberedTitle(text) && mayBeNearATitle(text)) {
            // a title worded a little otherwise on a line of its own ("主动公开政府信息的情况"), as Word prints a
            // heading numbered by the list it is in
            match = titles.match(text, spec -> true, true);
            boolean near = match != null && LabelIndex.resemblance(Labels.normalize(text),
                    Labels.normalize(match.canonical())) >= NEAR_TITLE;
            match = near ? match : null;
            resembling = altersTitle(text, match);
        }
        return match == null ? null : new Heading(match.target(), text, "", at, "", resembling);
    }

    /**
     * Whether a title matched by resemblance leaves out or changes words of the format's title and of each accepted
     * variant ("一、总体概况"), which STR-12 reports; one that keeps every word of one of them in order and only adds
     * some ("一、总体情况概述", "主动公开政府信息的情况", "…情况（单位：件）") does not. Punctuation, 和/及/与 and 其它 for
     * 其他 are no change of words.
     */
    private static boolean altersTitle(String printed, LabelIndex.Match<SectionSpec> match) {
        if (match == null) {
            return false;
        }
        String title = wordsOf(printed);
        SectionSpec part = match.target();
        return !keepsInOrder(title, wordsOf(part.title()))
                && part.variants().stream().noneMatch(variant -> keepsInOrder(title, wordsOf(variant)));
    }

    /**
     * The part a title names by keeping every word of its title or of one of its variants, in order, with no more
     * than as many words added; {@code null} when no part of the number does.
     */
    private LabelIndex.Match<SectionSpec> keepingTheWords(String printed, Predicate<SectionSpec> numberedSo) {
        String title = wordsOf(printed);
        for (SectionSpec part : parts) {
            if (numberedSo.test(part) && Stream.concat(Stream.of(part.title()), part.variants().stream())
                    .map(OutlineReader::wordsOf)
                    .anyMatch(words -> title.length() <= 2 * words.length() && keepsInOrder(title, words))) {
                return new LabelIndex.Match<>(part, part.title(), true);
            }
        }
        return null;
    }

    /** A title's words: without punctuation, spaces and the conjunctions 和, 及, 与, and with 其它 written 其他. */
    private static String wordsOf(String title) {
        StringBuilder words = new StringBuilder(title.length());
        String normalized = Labels.normalize(title).replace("其它", "其他");
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isLetterOrDigit(c) && "和及与".indexOf(c) < 0) {
                words.append(c);
            }
        }
        return words.toString();
    }

    /** Whether a text holds every character of another in the same order. */
    private static boolean keepsInOrder(String text, String words) {
        int kept = 0;
        for (int i = 0; i < text.length() && kept < words.length(); i++) {
            if (text.charAt(i) == words.charAt(kept)) {
                kept++;
            }
        }
        return kept == words.length();
    }

    /** A short line with no punctuation of a sentence: only such a line is compared with the titles loosely. */
    private static boolean mayBeAnUnnumberedTitle(String text) {
        if (text.length() > MAX_UNNUMBERED_TITLE_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if ("，。；,;".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a text is of a length that lets it resemble a part's title closely ({@link #NEAR_TITLE}). A report's
     * title ("…人民政府2024年政府信息公开工作年度报告") is too long to be compared at all.
     */
    private boolean mayBeNearATitle(String text) {
        int length = Labels.normalize(text).length();
        for (int title : titleLengths) {
            if (LabelIndex.mostResemblance(length, title) >= NEAR_TITLE) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line starting with this character may be numbered as the pattern numbers parts. */
    private static boolean mayBeNumbered(char start, Pattern numbering) {
        return numbering == NUMBERED ? start == '第' || SectionSpec.NUMERALS.indexOf(start) >= 0
                : start == '（' || start == '(' || Character.isDigit(start);
    }

    /**
     * A numbered part's heading followed on its line by the part's text, set off by a colon or a full stop
     * ("六、其他需要报告的事项：本单位未收取…"); {@code null} when the line is no such heading.
     */
    private Heading headingWithText(String text, int at, Pattern numbering) {
        if (!mayBeNumbered(text.charAt(0), numbering)) {
            return null;
        }
        int mark = -1;
        for (int i = 0; i < text.length() && i <= MAX_HEADING_LENGTH && mark < 0; i++) {
            mark = INLINE_MARKS.indexOf(text.charAt(i)) >= 0 ? i : -1;
        }
        if (mark <= 0 || text.substring(mark + 1).isBlank()) {
            return null;
        }
        Heading title = heading(text.substring(0, mark), at, numbering);
        return title == null || title.spec() == null || title.number().isEmpty() ? null
                : new Heading(title.spec(), title.text(), title.number(), at, text.substring(mark + 1).strip(),
                        title.retitled());
    }

    /**
     * The body's name: the title before its ending, without the year, a leading or linking 关于 and a trailing 的;
     * when nothing is left, a name in brackets after the ending ("年度报告（青山县交通运输局）"), or a body's name
     * alone after it (its subtitle, "年度报告 老城区人民政府").
     */
    private String organization(String title) {
        String name = title;
        String after = "";
        for (String ending : titleEndings) {
            int at = name.indexOf(ending);
            if (at >= 0) {
                after = name.substring(at + ending.length()).strip();
                name = beforeEnding(before(name, at), ending);
                break;
            }
        }
        name = BRACKETS_AND_SPACES.matcher(YEAR.matcher(name).replaceAll("")).replaceAll("");
        int about = name.indexOf("关于");
        name = about > 0 ? name.substring(0, about) : about == 0 ? name.substring("关于".length()) : name;
        name = name.endsWith("的") ? name.substring(0, name.length() - 1) : name;
        // a year in brackets after the ending ("（2024年度）") is no name
        String rest = YEAR_IN_BRACKETS.matcher(after).replaceAll("").strip();
        Matcher bracketed = TRAILING_NAME.matcher(rest);
        return !name.isEmpty() ? name : bracketed.find() ? bracketed.group(1).strip() : isBodyName(rest) ? rest : "";
    }

    /**
     * The text before a title's ending, without a year just before it, nor the start of a longer ending that the year
     * stands inside of: "老城区人民政府政府信息公开工作2024" before "年度报告" leaves "老城区人民政府".
     */
    private String beforeEnding(String text, String ending) {
        Matcher year = YEAR_AT_END.matcher(text);
        if (!year.find()) {
            return text;
        }
        String name = text.substring(0, year.start()).strip();
        return titleEndings.stream().filter(longer -> longer.length() > ending.length() && longer.endsWith(ending))
                .map(longer -> longer.substring(0, longer.length() - ending.length())).filter(name::endsWith)
                .max(Comparator.comparingInt(String::length))
                .map(start -> before(name, name.length() - start.length())).orElse(name);
    }

    /**
     * The text before a title's ending that starts at {@code cut}; an ending that begins with 政府 may have taken the
     * 政府 of 人民政府 ("江城县人民政府信息公开工作年度报告"), which stays with the name.
     */
    private static String before(String text, int cut) {
        String name = text.substring(0, cut);
        return name.endsWith("人民") && text.startsWith("政府", cut) ? name + "政府" : name;
    }

    private static String stripMarks(String line) {
        int start = 0;
        int end = line.length();
        // markdown marks, and the brackets some reports set headings in ("【一、总体情况】")
        while (start < end && isLeadingMark(line.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(line.charAt(end - 1)) || "#*\u3000】".indexOf(line.charAt(end - 1)) >= 0)) {
            end--;
        }
        return line.substring(start, end);
    }

    /** Whether a character may stand before a heading's text: white space, markdown marks, an opening 【. */
    private static boolean isLeadingMark(char c) {
        return Character.isWhitespace(c) || "#*>\u3000【".indexOf(c) >= 0;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Lines [from, to) as a block; blank lines at either end are left out of its line range. */
    private static TextBlock block(List<String> lines, int from, int to) {
        int first = from;
        int last = to - 1;
        // a page's footer left in text copied from a PDF is no part of what a part says ("— 3 —" is no figure of its
        // problems); its line stays, blank, so that the lines after it keep their numbers
        while (first <= last && (lines.get(first).isBlank() || PageFurniture.isFooterLine(lines.get(first)))) {
            first++;
        }
        while (last >= first && (lines.get(last).isBlank() || PageFurniture.isFooterLine(lines.get(last)))) {
            last--;
        }
        if (first > last) {
            return TextBlock.EMPTY;
        }
        List<String> text = lines.subList(first, last + 1);
        List<String> withoutFooters = null;
        for (int i = 0; i < text.size(); i++) {
            if (PageFurniture.isFooterLine(text.get(i))) {
                withoutFooters = withoutFooters == null ? new ArrayList<>(text) : withoutFooters;
                withoutFooters.set(i, "");
            }
        }
        return new TextBlock(String.join("\n", withoutFooters == null ? text : withoutFooters), first + 1, last + 1);
    }
}
