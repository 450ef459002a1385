package org.xxgk.checker.narrative;

import org.xxgk.checker.report.Report;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the facts of a report's prose with the rule set's vocabulary. Thread-safe. */
public final class NarrativeReader {
    /**
     * "-" and what is typed for it in dates: the hyphen, the non-breaking hyphen Word inserts, the figure and en
     * dashes, the minus sign (the full-width "－" is "-" once normalised). "-" comes first: in a character class it is
     * then literal.
     */
    private static final String HYPHENS = "-\u2010\u2011\u2012\u2013\u2212";
    /** What stands between the two dates of a range: one of these, or two ("——", a Chinese dash). */
    private static final String RANGE_MARKS = HYPHENS + "至到—~";
    private static final String RANGE = "[" + RANGE_MARKS + "]{1,2}";
    /** The range marks as a set: every sentence is looked through for one. */
    private static final BitSet RANGE_MARK_SET = charSet(RANGE_MARKS);
    private static final BitSet HYPHEN_SET = charSet(HYPHENS);
    private static final Pattern CJK_RANGE = Pattern.compile(
            "((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日起?" + RANGE
                    + "((?:19|20)\\d{2})?年?(\\d{1,2})月(\\d{1,2})日");
    /** A date of "2024-01-01", "2024.1.1" or "2024/1/1". */
    private static final String NUMERIC_DATE = "((?:19|20)\\d{2})[" + HYPHENS + "./](\\d{1,2})[" + HYPHENS + "./](\\d{1,2})";
    private static final Pattern ISO_RANGE = Pattern.compile(
            NUMERIC_DATE + RANGE + NUMERIC_DATE);
    private static final Pattern MALFORMED_DATE = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?:\\d{1,2}月|年\\d{1,2}日)");
    private static final Pattern CITATION = Pattern.compile("《([^》]{2,60})》");

    /** The place that stands for every part of the report but the headings. */
    private static final String ALL = "all";
    /** How a clause that notes what a number includes begins. */
    private static final List<String> NOTE_OPENINGS = List.of("其中", "含", "包括");
    /** Ends a clause that says since when a figure counts: "自2019年新《条例》施行以来，累计收到申请2380件". */
    private static final String SINCE = "以来";
    /** The groups of a pattern that hold a number. */
    private static final List<String> NUMBER_GROUPS = List.of("N", "A", "B", "P");

    private final TextVocabulary vocabulary;
    private final FigureWords figureWords;
    private final RespectiveFigures respectiveFigures;
    private final NumeralFigures numeralFigures;
    /** The prints of the words of each topic ({@code any}), in the vocabulary's order. */
    private final CharPrint[][] topicPrints;
    /** The prints of the words each claim's patterns require: [claim][pattern][requirement][alternative]. */
    private final CharPrint[][][][] claimPrints;
    /** For each claim's pattern, the characters every sentence it can match has: [claim][pattern]. */
    private final CharPrint[][] claimMusts;
    /**
     * For each claim's pattern, whether it reads a share ({P}), which is read as written: its percentages are a list of
     * their own ("分别为14.4%、0%"), not paired with listed subjects: [claim][pattern].
     */
    private final boolean[][] claimShares;
    /** For each claim's pattern, whether it reads a figure ({N}): [claim][pattern]. */
    private final boolean[][] claimFigures;
    /** The distinct lists of parts that topics and claims look in; most name the same few. */
    private final List<List<String>> placeLists = new ArrayList<>();
    /** For each topic and each claim, the index of its list of parts in {@link #placeLists}. */
    private final int[] topicPlaces;
    private final int[] claimPlaces;

    public NarrativeReader(TextVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.figureWords = vocabulary.figures();
        this.respectiveFigures = new RespectiveFigures(figureWords.respectiveUnits(), figureWords.respectiveShared(),
                figureWords.respectiveActs(), figureWords.respectiveActNames(), figureWords.respectiveThings());
        this.numeralFigures = new NumeralFigures(figureWords.countingUnits(), figureWords.numeralNotCountedAfter(),
                figureWords.numeralWords());
        this.topicPrints = vocabulary.topics().stream().map(topic -> prints(topic.any())).toArray(CharPrint[][]::new);
        this.claimPrints = vocabulary.claims().stream()
                .map(claim -> claim.requirements().stream()
                        .map(pattern -> pattern.stream().map(NarrativeReader::prints).toArray(CharPrint[][]::new))
                        .toArray(CharPrint[][][]::new))
                .toArray(CharPrint[][][][]::new);
        this.claimMusts = Arrays.stream(claimPrints)
                .map(patterns -> Arrays.stream(patterns).map(CharPrint::required).toArray(CharPrint[]::new))
                .toArray(CharPrint[][]::new);
        this.claimShares = groupFlags(vocabulary, "<P>");
        this.claimFigures = groupFlags(vocabulary, "<N>");
        this.topicPlaces = vocabulary.topics().stream().mapToInt(topic -> placeIndex(topic.in())).toArray();
        this.claimPlaces = vocabulary.claims().stream().mapToInt(claim -> placeIndex(claim.in())).toArray();
    }

    /** For each claim's pattern, whether it has the named group: [claim][pattern]. */
    private static boolean[][] groupFlags(TextVocabulary vocabulary, String group) {
        return vocabulary.claims().stream().map(claim -> {
            boolean[] flags = new boolean[claim.patterns().size()];
            for (int p = 0; p < flags.length; p++) {
                flags[p] = claim.patterns().get(p).pattern().contains(group);
            }
            return flags;
        }).toArray(boolean[][]::new);
    }

    private int placeIndex(List<String> places) {
        int index = placeLists.indexOf(places);
        if (index < 0) {
            placeLists.add(places);
            index = placeLists.size() - 1;
        }
        return index;
    }

    private static CharPrint[] prints(List<String> words) {
        return words.stream().map(CharPrint::of).toArray(CharPrint[]::new);
    }

    public NarrativeFacts read(Report report) {
        List<Sentence> sentences = Sentences.of(report);
        List<DateRange> ranges = new ArrayList<>();
        List<MalformedDate> malformed = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        // each pattern runs only on sentences with a character it cannot match without
        for (Sentence sentence : sentences) {
            String text = sentence.normalized();
            if (containsAny(text, RANGE_MARK_SET)) {
                if (text.indexOf('日') >= 0) {
                    dateRanges(CJK_RANGE, sentence, ranges);
                }
                if (text.indexOf('.') >= 0 || text.indexOf('/') >= 0 || containsAny(text, HYPHEN_SET)) {
                    dateRanges(ISO_RANGE, sentence, ranges);
                }
            }
            if (text.indexOf('月') >= 0 || text.indexOf('日') >= 0) {
                Matcher bad = MALFORMED_DATE.matcher(text);
                while (bad.find()) {
                    malformed.add(new MalformedDate(bad.group(), sentence));
                }
            }
            if (sentence.text().indexOf('《') >= 0) {
                Matcher cited = CITATION.matcher(sentence.text());
                while (cited.find()) {
                    citations.add(new Citation(cited.group(1).strip(), sentence));
                }
            }
        }
        // topics and claims name the parts they look in; many name the same ones, whose sentences are picked once
        // and most name one part, whose sentences are gathered in one pass over all
        Map<String, List<Sentence>> byPart = new HashMap<>();
        for (Sentence sentence : sentences) {
            byPart.computeIfAbsent(sentence.where(), part -> new ArrayList<>()).add(sentence);
        }
        List<List<Sentence>> byPlaces = new ArrayList<>(Collections.nCopies(placeLists.size(), null));
        IntFunction<List<Sentence>> in = index -> {
            if (byPlaces.get(index) == null) {
                List<String> p = placeLists.get(index);
                byPlaces.set(index, p.size() == 1 && !p.get(0).equals(ALL) ? byPart.getOrDefault(p.get(0), List.of())
                        : sentences.stream().filter(sentence -> in(p, sentence)).toList());
            }
            return byPlaces.get(index);
        };
        CharPrint[] prints = sentences.stream().map(sentence -> CharPrint.of(sentence.normalized()))
                .toArray(CharPrint[]::new);
        // claims read counts in Chinese numerals as digits, which a sentence's print may lack: the few sentences that
        // have such counts get a print of their own
        String[] figureTexts = sentences.stream().map(sentence -> numeralFigures.inDigits(sentence.normalized()))
                .toArray(String[]::new);
        CharPrint[] figurePrints = new CharPrint[figureTexts.length];
        for (int i = 0; i < figureTexts.length; i++) {
            boolean rewritten = figureTexts[i] != sentences.get(i).normalized();
            figurePrints[i] = rewritten ? CharPrint.of(figureTexts[i]) : prints[i];
        }
        // claims read listed figures paired with their subjects; the pairs hold no character the sentence lacks, so
        // the sentence's print still rules out what they cannot contain
        RespectiveFigures.Paired[] claimTexts = Arrays.stream(figureTexts).map(respectiveFigures::pairUp)
                .toArray(RespectiveFigures.Paired[]::new);
        Map<String, String> partHeadings = new HashMap<>();
        report.sections().forEach(section -> partHeadings.putIfAbsent(section.id(), Sentences.normalize(section.heading())));
        return new NarrativeFacts(topics(in, prints),
                claims(in, figurePrints, figureTexts, claimTexts, partHeadings, report.year()),
                body(report.organization()), ranges, malformed, citations, years(sentences));
    }

    /** @param prints the print of each sentence, by its index */
    private List<TopicEvidence> topics(IntFunction<List<Sentence>> in, CharPrint[] prints) {
        List<TopicEvidence> evidence = new ArrayList<>(vocabulary.topics().size());
        for (int t = 0; t < topicPrints.length; t++) {
            TopicSpec topic = vocabulary.topics().get(t);
            Sentence first = null;
            int count = 0;
            for (Sentence sentence : in.apply(topicPlaces[t])) {
                if (covers(topic, topicPrints[t], sentence, prints[sentence.index()])) {
                    first = first == null ? sentence : first;
                    count++;
                }
            }
            evidence.add(new TopicEvidence(topic.id(), topic.name(), first != null, count, first));
        }
        return evidence;
    }

    private static boolean covers(TopicSpec topic, CharPrint[] wordPrints, Sentence sentence, CharPrint print) {
        String text = sentence.normalized();
        for (int w = 0; w < wordPrints.length; w++) {
            if (!print.mayContain(wordPrints[w])) {
                continue;
            }
            String key = topic.any().get(w);
            for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
                if (topic.near().isEmpty() || near(topic, text, at, at + key.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean near(TopicSpec topic, String text, int from, int to) {
        String window = text.substring(Math.max(0, from - topic.within()), Math.min(text.length(), to + topic.within()));
        return topic.near().stream().anyMatch(window::contains);
    }

    /**
     * @param prints       the print of each sentence's figure text, by its index
     * @param figureTexts  the text of each sentence with its counts in digits, by its index: shares read it
     * @param texts        the figure text of each sentence with its listed figures paired, by its index: the other
     *                     claims read it
     * @param partHeadings the heading of each part, by its id, normalised
     * @param year         the report's year, or {@code null}
     */
    private List<Claim> claims(IntFunction<List<Sentence>> in, CharPrint[] prints, String[] figureTexts,
                               RespectiveFigures.Paired[] texts, Map<String, String> partHeadings, Integer year) {
        List<Claim> claims = new ArrayList<>();
        for (int c = 0; c < claimPrints.length; c++) {
            ClaimSpec spec = vocabulary.claims().get(c);
            for (Sentence sentence : in.apply(claimPlaces[c])) {
                RespectiveFigures.Paired paired = texts[sentence.index()];
                for (int p = 0; p < spec.patterns().size(); p++) {
                    String text = claimShares[c][p] ? figureTexts[sentence.index()] : paired.text();
                    CharPrint print = prints[sentence.index()];
                    if (!print.mayContain(claimMusts[c][p])
                            || !mayMatch(spec.requirements().get(p), claimPrints[c][p], text, print)) {
                        continue;
                    }
                    if (!about(spec, text, partHeadings.getOrDefault(sentence.where(), "") + sentence.lead())) {
                        break;
                    }
                    Pattern pattern = spec.patterns().get(p);
                    // a match that is not this claim ("2023年收到申请520件") does not hide a later one in the sentence;
                    // the first that is, is compared alone: later figures are mostly its parts ("其中通过网上平台受理500件"),
                    // and so they are when it is no exact count ("约550件"), which is then compared with nothing
                    Matcher match = pattern.matcher(text);
                    boolean found = false;
                    boolean pairedFigure = claimFigures[c][p] && !claimShares[c][p];
                    while (!found && match.find()) {
                        found = claimed(spec, text, match, year)
                                && (!pairedFigure || paired.ownFigure(match));
                    }
                    if (found) {
                        if (exact(text, match)) {
                            claims.add(claim(spec, pattern, match, sentence, startsAny(text, match.end(),
                                    figureWords.openList())));
                        }
                        break;
                    }
                }
            }
        }
        return claims;
    }

    /**
     * Whether the sentence speaks of the claim's subject: it says so itself, or the headings of its part and item do
     * ("（二）依申请公开。共收到申请600件", "四、政府信息公开行政复议、行政诉讼情况 本年度我镇行政复议为2件") and the
     * sentence names nothing else ("受理行政许可申请12126件").
     */
    private static boolean about(ClaimSpec spec, String text, String lead) {
        return spec.about().isEmpty() || spec.about().stream().anyMatch(text::contains)
                || spec.elsewhere().stream().noneMatch(text::contains)
                && spec.about().stream().anyMatch(lead::contains);
    }

    /**
     * Whether the matched text states the claim: none of its {@code unless} words, a note right after the number
     * as the claim wants it, in the clause before the number none of its {@code unless_before} words and no
     * other year than the report's ("2023年收到申请520件" in the report on 2024), nor a count since another year
     * ("自2019年…以来，累计收到申请2380件"), earlier in the sentence none of its {@code unless_earlier} words, and
     * as the next year the one after the report's.
     */
    private static boolean claimed(ClaimSpec spec, String sentence, Matcher match, Integer year) {
        int number = match.pattern().pattern().contains("<N>") ? match.start("N") : match.start();
        String before = clauseBefore(sentence, number);
        return spec.unless().stream().noneMatch(match.group()::contains)
                && notedAsClaimed(spec, note(sentence, match.end()))
                && spec.unlessBefore().stream().noneMatch(before::contains)
                && spec.unlessEarlier().stream().noneMatch(word -> earlier(sentence, word, number))
                && !datedOtherwise(before, year) && !countedSince(sentence, number, year) && namesNextYear(match, year);
    }

    /** Whether the year a match names as the next ({Y}: "结转至2025年") is the one after the report's, if it names one. */
    private static boolean namesNextYear(Matcher match, Integer year) {
        String next = match.pattern().pattern().contains("<Y>") ? match.group("Y") : null;
        return next == null || year != null && Integer.parseInt(next) == year + 1;
    }

    /** Whether a clause before the number ends in 以来 after another year than the report's. */
    private static boolean countedSince(String sentence, int number, Integer year) {
        int since = sentence.lastIndexOf(SINCE, number - SINCE.length());
        return since >= 0 && datedOtherwise(clauseBefore(sentence, since), year);
    }

    /**
     * Whether the figures of a match are stated as exact counts: none has an {@code approximate_before} word right
     * before it ("约550件"), none ends a range ("40至50件", "40件至50件"), and no {@code approximate_after} word
     * follows the match ("550件左右").
     */
    private boolean exact(String sentence, Matcher match) {
        String notation = match.pattern().pattern();
        for (String group : NUMBER_GROUPS) {
            if (notation.contains("<" + group + ">")) {
                int start = match.start(group);
                if (figureWords.approximateBefore().stream().anyMatch(word -> sentence.startsWith(word, start - word.length()))
                        || endsRange(sentence, start)) {
                    return false;
                }
            }
        }
        int end = match.end();
        boolean rangeGoesOn = end + 1 < sentence.length() && RANGE_MARK_SET.get(sentence.charAt(end))
                && isDigit(sentence.charAt(end + 1));
        return !rangeGoesOn && !startsAny(sentence, end, figureWords.approximateAfter());
    }

    /** Whether a range mark stands right before a number, after another number and at most one character (its unit). */
    private static boolean endsRange(String sentence, int number) {
        if (number < 2 || !RANGE_MARK_SET.get(sentence.charAt(number - 1))) {
            return false;
        }
        int before = number - 2;
        return isDigit(sentence.charAt(before)) || before > 0 && isDigit(sentence.charAt(before - 1));
    }

    private static boolean startsAny(String text, int at, List<String> words) {
        return words.stream().anyMatch(word -> text.startsWith(word, at));
    }

    private static boolean earlier(String sentence, String word, int end) {
        int at = sentence.indexOf(word);
        return at >= 0 && at + word.length() <= end;
    }

    private static boolean datedOtherwise(String clause, Integer year) {
        if (year == null) {
            return false;
        }
        for (int at = clause.indexOf('年', 4); at >= 0; at = clause.indexOf('年', at + 1)) {
            if (isYear(clause, at - 4) && Integer.parseInt(clause, at - 4, at, 10) != year) {
                return true;
            }
        }
        return false;
    }

    private static boolean notedAsClaimed(ClaimSpec spec, String note) {
        return (spec.noted().isEmpty() || spec.noted().stream().anyMatch(note::contains))
                && spec.unlessNoted().stream().noneMatch(note::contains);
    }

    /** The clause up to a position: "本年度共发生行政复议、行政诉讼案件" before the number in "…案件28件". */
    private static String clauseBefore(String sentence, int start) {
        int from = start;
        while (from > 0 && "，,；;。".indexOf(sentence.charAt(from - 1)) < 0) {
            from--;
        }
        return sentence.substring(from, start);
    }

    /**
     * What a sentence notes about the number that ends at {@code end}: a bracket right after it ("568件（含上年结转
     * 23件）"), or the next clause when it begins with 其中, 含 or 包括 ("568件，其中上年结转23件"); "" when nothing.
     */
    private static String note(String sentence, int end) {
        if (end < sentence.length() && (sentence.charAt(end) == '（' || sentence.charAt(end) == '(')) {
            int close = indexOfAny(sentence, "）)", end);
            return sentence.substring(end, close < 0 ? sentence.length() : close + 1);
        }
        if (end < sentence.length() && (sentence.charAt(end) == '，' || sentence.charAt(end) == ',')) {
            int clauseEnd = indexOfAny(sentence, "，,；;。", end + 1);
            String clause = sentence.substring(end + 1, clauseEnd < 0 ? sentence.length() : clauseEnd);
            return NOTE_OPENINGS.stream().anyMatch(clause::startsWith) ? clause : "";
        }
        return "";
    }

    private static BitSet charSet(String chars) {
        BitSet set = new BitSet();
        chars.chars().forEach(set::set);
        return set;
    }

    private static boolean containsAny(String text, BitSet chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a sentence has what a pattern needs to match: one word of each of its requirements. A word is searched
     * for only where the sentence's print allows it.
     */
    private static boolean mayMatch(List<List<String>> requirements, CharPrint[][] wordPrints, String text,
                                    CharPrint print) {
        for (int r = 0; r < wordPrints.length; r++) {
            boolean met = false;
            for (int w = 0; w < wordPrints[r].length && !met; w++) {
                met = print.mayContain(wordPrints[r][w]) && text.contains(requirements.get(r).get(w));
            }
            if (!met) {
                return false;
            }
        }
        return true;
    }

    /** @param endsOpenList whether an {@code open_list} word follows the match ("无法提供185件等") */
    private static Claim claim(ClaimSpec spec, Pattern pattern, Matcher match, Sentence sentence, boolean endsOpenList) {
        String notation = pattern.pattern();
        BigDecimal value = notation.contains("<N>") ? new BigDecimal(match.group("N"))
                : notation.contains("<B>") ? new BigDecimal(match.group("B")) : spec.value();
        BigDecimal percent = notation.contains("<P>") ? new BigDecimal(match.group("P")) : null;
        BigDecimal base = notation.contains("<A>") ? new BigDecimal(match.group("A")) : null;
        return new Claim(spec, value, percent, base, endsOpenList, sentence);
    }

    /**
     * The type of the body that wrote the report: the one whose ending matches most of the name ("自治区人民政府",
     * not "区人民政府"), the first listed of those that match as much.
     */
    private Body body(String organization) {
        if (organization.isBlank()) {
            return null;
        }
        Body body = null;
        for (BodySpec spec : vocabulary.bodies()) {
            String suffix = spec.suffixOf(organization);
            if (suffix != null && (body == null || suffix.length() > body.suffix().length())) {
                body = new Body(spec, organization, suffix);
            }
        }
        return body;
    }

    private static void dateRanges(Pattern pattern, Sentence sentence, List<DateRange> out) {
        Matcher range = pattern.matcher(sentence.normalized());
        while (range.find()) {
            try {
                int startYear = Integer.parseInt(range.group(1));
                int endYear = range.group(4) == null ? startYear : Integer.parseInt(range.group(4));
                LocalDate start = LocalDate.of(startYear, Integer.parseInt(range.group(2)), Integer.parseInt(range.group(3)));
                LocalDate end = LocalDate.of(endYear, Integer.parseInt(range.group(5)), Integer.parseInt(range.group(6)));
                out.add(new DateRange(sentence, start, end));
            } catch (DateTimeException e) {
                // "2月30日" is no date; the period rules then see no range in that sentence
            }
        }
    }

    /** The years the overview (第一部分) speaks of. */
    private static YearMentions years(List<Sentence> sentences) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        Map<Integer, Integer> firstLine = new LinkedHashMap<>();
        for (Sentence sentence : sentences) {
            if (!sentence.where().equals("s1")) {
                continue;
            }
            String text = sentence.normalized();
            for (int at = text.indexOf('年', 4); at >= 0; at = text.indexOf('年', at + 1)) {
                if (isYear(text, at - 4)) {
                    int value = Integer.parseInt(text, at - 4, at, 10);
                    counts.merge(value, 1, Integer::sum);
                    firstLine.putIfAbsent(value, sentence.line());
                }
            }
        }
        Integer majority = null;
        int best = 0;
        boolean tie = false;
        for (Map.Entry<Integer, Integer> count : counts.entrySet()) {
            if (count.getValue() > best) {
                majority = count.getKey();
                best = count.getValue();
                tie = false;
            } else if (count.getValue() == best) {
                tie = true;
            }
        }
        Integer year = tie ? null : majority;
        return new YearMentions(Map.copyOf(counts), year, year == null ? 0 : firstLine.get(year));
    }

    /** Whether four digits from 1900 to 2099 start at {@code start}, and are not the end of a longer number. */
    private static boolean isYear(String text, int start) {
        if (start > 0 && isDigit(text.charAt(start - 1))) {
            return false;
        }
        for (int i = start; i < start + 4; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        char first = text.charAt(start);
        char second = text.charAt(start + 1);
        return (first == '1' && second == '9') || (first == '2' && second == '0');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean in(List<String> places, Sentence sentence) {
        return places.contains(ALL) ? !sentence.where().equals("headings") || places.contains("headings")
                : places.contains(sentence.where());
    }
}
