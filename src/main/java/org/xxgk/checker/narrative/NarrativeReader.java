package org.xxgk.checker.narrative;

import org.xxgk.checker.report.Report;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
    private static final CharSet RANGE_MARK_SET = new CharSet(RANGE_MARKS);
    private static final CharSet HYPHEN_SET = new CharSet(HYPHENS);
    /** What ends a clause, in a normalised sentence or not. */
    private static final CharSet CLAUSE_ENDS = new CharSet("，,；;。");
    private static final CharSet CLOSING_BRACKETS = new CharSet("）)");
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
    private static final String HEADINGS = "headings";
    /** How a clause that notes what a number includes begins. */
    private static final List<String> NOTE_OPENINGS = List.of("其中", "含", "包括");
    /** Ends a clause that says since when a figure counts: "自2019年新《条例》施行以来，累计收到申请2380件". */
    private static final String SINCE = "以来";
    /** The groups of a pattern that hold a number. */
    private static final List<String> NUMBER_GROUPS = List.of("N", "A", "B", "P");
    /** The year after the report's ({Y}). */
    private static final String NEXT_YEAR = "Y";

    private final TextVocabulary vocabulary;
    private final FigureWords figureWords;
    private final RespectiveFigures respectiveFigures;
    private final NumeralFigures numeralFigures;
    /** The prints of the words of each topic ({@code any}), in the vocabulary's order. */
    private final CharPrint[][] topicPrints;
    /** Each claim's patterns with what is worked out of them once: [claim][pattern]. */
    private final ClaimPattern[][] claimPatterns;
    /** The prints of the words of each claim's subject ({@code about}), in the vocabulary's order. */
    private final CharPrint[][] aboutPrints;
    /** The distinct lists of parts that topics and claims look in; most name the same few. */
    private final List<List<String>> placeLists = new ArrayList<>();
    /** For each topic and each claim, the index of its list of parts in {@link #placeLists}. */
    private final int[] topicPlaces;
    private final int[] claimPlaces;

    public NarrativeReader(TextVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.figureWords = vocabulary.figures();
        this.respectiveFigures = new RespectiveFigures(figureWords.respectiveUnits(), figureWords.respectiveShared(),
                figureWords.respectiveActs(), figureWords.respectiveActNames(), figureWords.respectiveThings(),
                figureWords.respectiveRates());
        this.numeralFigures = new NumeralFigures(figureWords.countingUnits(), figureWords.numeralNotCountedAfter(),
                figureWords.numeralWords());
        this.topicPrints = vocabulary.topics().stream().map(topic -> prints(topic.any())).toArray(CharPrint[][]::new);
        this.aboutPrints = vocabulary.claims().stream().map(claim -> prints(claim.about())).toArray(CharPrint[][]::new);
        this.claimPatterns = new ClaimPattern[vocabulary.claims().size()][];
        for (int c = 0; c < claimPatterns.length; c++) {
            ClaimSpec claim = vocabulary.claims().get(c);
            claimPatterns[c] = new ClaimPattern[claim.patterns().size()];
            for (int p = 0; p < claimPatterns[c].length; p++) {
                claimPatterns[c][p] = new ClaimPattern(claim.patterns().get(p), claim.requirements().get(p),
                        claim.openings().get(p));
            }
        }
        this.topicPlaces = vocabulary.topics().stream().mapToInt(topic -> placeIndex(topic.in())).toArray();
        this.claimPlaces = vocabulary.claims().stream().mapToInt(claim -> placeIndex(claim.in())).toArray();
    }

    /** A claim's pattern with what is worked out of it once rather than for every sentence. */
    private static final class ClaimPattern {
        private final Pattern pattern;
        /** What a sentence must contain for it to match ({@link ClaimSpec#requirements}), and their prints. */
        private final List<List<String>> requirements;
        private final CharPrint[][] wordPrints;
        /** The characters every sentence it can match has. */
        private final CharPrint must;
        /** The words one of which each of its matches starts with ({@link ClaimSpec#openings}). */
        private final List<String> openings;
        /** The named groups it has ("N", "P", "A", "B", "Y"). */
        private final List<String> groups;
        /**
         * Whether it reads a share ({P}), which is read beside its own figure: a list of percentages ("分别为14.4%、0%")
         * is given to the figures listed before it, not paired with listed subjects.
         */
        final boolean readsShare;
        /** Whether it reads a figure ({N}) that may be one of a list, paired with its subject. */
        final boolean readsPairedFigure;
        /** Whether everything it matches holds a digit: it reads a number or a year. */
        final boolean readsNumber;

        ClaimPattern(Pattern pattern, List<List<String>> requirements, List<String> openings) {
            this.pattern = pattern;
            this.requirements = requirements;
            this.openings = openings;
            this.wordPrints = requirements.stream().map(NarrativeReader::prints).toArray(CharPrint[][]::new);
            this.must = CharPrint.required(wordPrints);
            this.groups = Stream.concat(NUMBER_GROUPS.stream(), Stream.of(NEXT_YEAR))
                    .filter(group -> pattern.pattern().contains("<" + group + ">")).toList();
            this.readsShare = reads("P");
            this.readsPairedFigure = reads("N") && !readsShare;
            this.readsNumber = !groups.isEmpty();
        }

        boolean reads(String group) {
            return groups.contains(group);
        }

        /**
         * Whether a sentence has what it needs to match: one word of each of its requirements. A word is searched for
         * only where the sentence's print allows it.
         */
        boolean mayMatch(String text, CharPrint print) {
            if (!print.mayContain(must)) {
                return false;
            }
            for (int r = 0; r < wordPrints.length; r++) {
                if (!containsWord(text, print, requirements.get(r), wordPrints[r])) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A matcher of the text that starts its search where the first match can start: at the first of its openings.
         * Its bounds are transparent and do not anchor, so it finds what a search of the whole text does, whatever
         * look-around or anchor a pattern holds.
         */
        Matcher matcher(String text) {
            Matcher matcher = pattern.matcher(text);
            if (openings.isEmpty()) {
                return matcher;
            }
            int start = text.length();
            for (String opening : openings) {
                int at = text.indexOf(opening);
                start = at >= 0 ? Math.min(start, at) : start;
            }
            return matcher.region(start, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
        }
    }

    /**
     * A sentence as claims read it.
     *
     * @param shares   the normalised sentence with its counts in digits, its lists of percentages given to the figures
     *                 listed before them ({@link RespectiveFigures#sharesGivenOut}): shares read it
     * @param paired   that sentence with its listed figures paired with their subjects: the other claims read it
     * @param print    the print of the sentence with its counts in digits; the pairs and shares hold no character it
     *                 lacks, so it rules out for them too
     * @param hasDigit whether that text holds a digit, without which no pattern that reads a number matches
     */
    private record ClaimText(RespectiveFigures.Shares shares, RespectiveFigures.Paired paired, CharPrint print,
                             boolean hasDigit) {

        String readBy(ClaimPattern pattern) {
            return pattern.readsShare ? shares.text() : paired.text();
        }

        /** Whether a match reads a figure that is its own: a paired one of its pair, a share none of a list as written. */
        boolean ownFigure(ClaimPattern pattern, Matcher match) {
            return pattern.readsShare ? !shares.inListAsWritten(match.start("P"), match.end("P"))
                    : !pattern.readsPairedFigure || paired.ownFigure(match);
        }
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
        CharPrint[] prints = new CharPrint[sentences.size()];
        // each pattern runs only on sentences with a character it cannot match without
        for (Sentence sentence : sentences) {
            String text = sentence.normalized();
            if (RANGE_MARK_SET.anyIn(text)) {
                if (text.indexOf('日') >= 0) {
                    dateRanges(CJK_RANGE, sentence, ranges);
                }
                if (text.indexOf('.') >= 0 || text.indexOf('/') >= 0 || HYPHEN_SET.anyIn(text)) {
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
            prints[sentence.index()] = CharPrint.of(text);
        }
        // topics and claims name the parts they look in; many name the same ones, whose sentences are picked once
        // and most name one part, whose sentences are gathered in one pass over all
        Map<String, List<Sentence>> byPart = new HashMap<>();
        for (Sentence sentence : sentences) {
            byPart.computeIfAbsent(sentence.where(), part -> new ArrayList<>()).add(sentence);
        }
        List<List<Sentence>> inPlaces = new ArrayList<>(placeLists.size());
        for (List<String> places : placeLists) {
            boolean onePart = places.size() == 1 && !places.get(0).equals(ALL);
            inPlaces.add(onePart ? byPart.getOrDefault(places.get(0), List.of()) : sentencesIn(places, sentences));
        }
        // claims read the sentences of the parts they name only: no other sentence is rewritten for them
        ClaimText[] claimTexts = new ClaimText[sentences.size()];
        for (int places : claimPlaces) {
            for (Sentence sentence : inPlaces.get(places)) {
                if (claimTexts[sentence.index()] == null) {
                    claimTexts[sentence.index()] = claimText(sentence.normalized(), prints[sentence.index()]);
                }
            }
        }
        Map<String, String> partHeadings = new HashMap<>();
        report.sections().forEach(section -> partHeadings.putIfAbsent(section.id(), Sentences.normalize(section.heading())));
        return new NarrativeFacts(topics(inPlaces, prints), claims(inPlaces, claimTexts, partHeadings, report.year()),
                body(report.organization()), ranges, malformed, citations, years(sentences, figureWords));
    }

    /** A normalised sentence as claims read it, given its print. */
    private ClaimText claimText(String sentence, CharPrint print) {
        // claims read counts in Chinese numerals as digits, which a sentence's print may lack: the few sentences that
        // have such counts get a print of their own
        String figures = numeralFigures.inDigits(sentence);
        RespectiveFigures.Paired paired = respectiveFigures.pairUp(figures);
        return new ClaimText(respectiveFigures.sharesGivenOut(figures, paired.text()), paired,
                figures == sentence ? print : CharPrint.of(figures), hasDigit(figures));
    }

    /**
     * @param inPlaces the sentences in each list of places, by its index in {@link #placeLists}
     * @param prints   the print of each sentence, by its index
     */
    private List<TopicEvidence> topics(List<List<Sentence>> inPlaces, CharPrint[] prints) {
        List<TopicEvidence> evidence = new ArrayList<>(topicPrints.length);
        for (int t = 0; t < topicPrints.length; t++) {
            TopicSpec topic = vocabulary.topics().get(t);
            Sentence first = null;
            int count = 0;
            for (Sentence sentence : inPlaces.get(topicPlaces[t])) {
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
        return containsWord(text, Math.max(0, from - topic.within()), Math.min(text.length(), to + topic.within()),
                topic.near());
    }

    /**
     * @param inPlaces     the sentences in each list of places, by its index in {@link #placeLists}
     * @param texts        each sentence as claims read it, by its index
     * @param partHeadings the heading of each part, by its id, normalised
     * @param year         the report's year, or {@code null}
     */
    private List<Claim> claims(List<List<Sentence>> inPlaces, ClaimText[] texts, Map<String, String> partHeadings,
                               Integer year) {
        List<Claim> claims = new ArrayList<>();
        for (int c = 0; c < claimPatterns.length; c++) {
            ClaimSpec spec = vocabulary.claims().get(c);
            for (Sentence sentence : inPlaces.get(claimPlaces[c])) {
                ClaimText claimText = texts[sentence.index()];
                // whether the text speaks of the claim's subject, settled once for the patterns that read it
                String aboutText = null;
                boolean about = false;
                for (ClaimPattern pattern : claimPatterns[c]) {
                    // the cheapest tests first: a digit, then the characters and words the pattern needs
                    String text = claimText.readBy(pattern);
                    if (pattern.readsNumber && !claimText.hasDigit() || !pattern.mayMatch(text, claimText.print())) {
                        continue;
                    }
                    if (text != aboutText) {
                        about = about(spec, aboutPrints[c], text, claimText.print(), sentence, partHeadings);
                        aboutText = text;
                    }
                    if (!about) {
                        break;
                    }
                    // a match that is not this claim ("2023年收到申请520件") does not hide a later one in the sentence;
                    // the first that is, is compared alone: later figures are mostly its parts ("其中通过网上平台受理500件"),
                    // and so they are when it is no exact count ("约550件"), which is then compared with nothing
                    Matcher match = pattern.matcher(text);
                    boolean found = false;
                    while (!found && match.find()) {
                        found = claimed(spec, pattern, text, match, year) && claimText.ownFigure(pattern, match);
                    }
                    if (found) {
                        add(spec, pattern, text, match, sentence, claims);
                        // the shares of every list given out, or run stated each after its own figure, are each a
                        // claim, not parts of the first
                        while (pattern.readsShare && match.find()) {
                            if (claimText.shares().listEnd(match.start("P")) >= 0
                                    && claimed(spec, pattern, text, match, year)) {
                                add(spec, pattern, text, match, sentence, claims);
                            }
                        }
                        break;
                    }
                }
            }
        }
        return claims;
    }

    /** Adds the claim a match states when its figures are exact counts. */
    private void add(ClaimSpec spec, ClaimPattern pattern, String text, Matcher match, Sentence sentence,
                     List<Claim> claims) {
        if (exact(pattern, text, match)) {
            claims.add(claim(spec, pattern, match, sentence, endsOpenList(text, match.end())));
        }
    }

    /**
     * Whether an {@code open_list} word follows the figure that ends at {@code end}, or the bracket noting it
     * ("不予公开127件（占22.8%）等"): the bracket speaks of that one item, the word of the whole list.
     */
    private boolean endsOpenList(String sentence, int end) {
        return startsAny(sentence, afterBracket(sentence, end), figureWords.openList());
    }

    /**
     * Whether the sentence speaks of the claim's subject: it says so itself, or the headings of its part and item do
     * ("（二）依申请公开。共收到申请600件", "四、政府信息公开行政复议、行政诉讼情况 本年度我镇行政复议为2件") and the
     * sentence names nothing else ("受理行政许可申请12126件").
     */
    private static boolean about(ClaimSpec spec, CharPrint[] aboutPrints, String text, CharPrint print, Sentence sentence,
                                 Map<String, String> partHeadings) {
        if (spec.about().isEmpty() || containsWord(text, print, spec.about(), aboutPrints)) {
            return true;
        }
        return !containsWord(text, spec.elsewhere())
                && containsWord(partHeadings.getOrDefault(sentence.where(), "") + sentence.lead(), spec.about());
    }

    /**
     * Whether the matched text states the claim: none of its {@code unless} words ({@link #holdsUnlessWord}), a note
     * right after the number as the claim wants it, in the clause before the number none of its {@code unless_before}
     * words and no other year than the report's ("2023年收到申请520件" in the report on 2024), nor a count since
     * another year ("自2019年…以来，累计收到申请2380件"), earlier in the sentence none of its {@code unless_earlier}
     * words, and as the next year the one after the report's.
     */
    private static boolean claimed(ClaimSpec spec, ClaimPattern pattern, String sentence, Matcher match, Integer year) {
        int number = pattern.reads("N") ? match.start("N") : match.start();
        if (holdsUnlessWord(sentence, match.start(), match.end(), spec)
                || !notedAsClaimed(spec, note(sentence, match.end()))) {
            return false;
        }
        String before = clauseBefore(sentence, number);
        return !containsWord(before, spec.unlessBefore()) && !earlier(sentence, spec.unlessEarlier(), number)
                && !datedOtherwise(before, year) && !countedSince(sentence, number, year)
                && namesNextYear(pattern, match, year);
    }

    /** Whether the year a match names as the next ({Y}: "结转至2025年") is the one after the report's, if it names one. */
    private static boolean namesNextYear(ClaimPattern pattern, Matcher match, Integer year) {
        String next = pattern.reads(NEXT_YEAR) ? match.group(NEXT_YEAR) : null;
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
    private boolean exact(ClaimPattern pattern, String sentence, Matcher match) {
        for (String group : NUMBER_GROUPS) {
            if (pattern.reads(group)) {
                int start = match.start(group);
                if (endsWithAny(sentence, start, figureWords.approximateBefore()) || endsRange(sentence, start)) {
                    return false;
                }
            }
        }
        int end = match.end();
        boolean rangeGoesOn = end + 1 < sentence.length() && RANGE_MARK_SET.contains(sentence.charAt(end))
                && isDigit(sentence.charAt(end + 1));
        return !rangeGoesOn && !startsAny(sentence, end, figureWords.approximateAfter());
    }

    /** Whether a range mark stands right before a number, after another number and at most one character (its unit). */
    private static boolean endsRange(String sentence, int number) {
        if (number < 2 || !RANGE_MARK_SET.contains(sentence.charAt(number - 1))) {
            return false;
        }
        int before = number - 2;
        return isDigit(sentence.charAt(before)) || before > 0 && isDigit(sentence.charAt(before - 1));
    }

    private static boolean startsAny(String text, int at, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words ends right before {@code at}. */
    private static boolean endsWithAny(String text, int at, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, at - word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds one of the words. */
    private static boolean containsWord(String text, List<String> words) {
        return containsWord(text, 0, text.length(), words);
    }

    /** Whether the text holds one of the words, given the prints of both: most words are ruled out without a search. */
    private static boolean containsWord(String text, CharPrint print, List<String> words, CharPrint[] wordPrints) {
        for (int w = 0; w < wordPrints.length; w++) {
            if (print.mayContain(wordPrints[w]) && text.contains(words.get(w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether text[from, to) holds one of the words, looked for in place rather than in a copy of that part. */
    private static boolean containsWord(String text, int from, int to, List<String> words) {
        for (String word : words) {
            int at = text.indexOf(word, from);
            if (at >= 0 && at + word.length() <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether text[from, to) holds one of the claim's {@code unless} words other than inside one of its
     * {@code unless_except} words: the 各类申请 of "各类申请人提出的申请" says nothing against the claim.
     */
    private static boolean holdsUnlessWord(String text, int from, int to, ClaimSpec spec) {
        for (String word : spec.unless()) {
            for (int at = text.indexOf(word, from); at >= 0 && at + word.length() <= to;
                 at = text.indexOf(word, at + 1)) {
                if (!insideLongerWord(text, at, word, spec.unlessExcept())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word standing at {@code at} of the text is part of one of the longer words there. */
    private static boolean insideLongerWord(String text, int at, String word, List<String> longerWords) {
        for (String longer : longerWords) {
            for (int in = longer.indexOf(word); in >= 0; in = longer.indexOf(word, in + 1)) {
                if (in <= at && text.startsWith(longer, at - in)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of the words stands in the sentence before {@code end}. */
    private static boolean earlier(String sentence, List<String> words, int end) {
        return containsWord(sentence, 0, end, words);
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
        return (spec.noted().isEmpty() || containsWord(note, spec.noted())) && !containsWord(note, spec.unlessNoted());
    }

    /** The clause up to a position: "本年度共发生行政复议、行政诉讼案件" before the number in "…案件28件". */
    private static String clauseBefore(String sentence, int start) {
        return sentence.substring(CLAUSE_ENDS.lastIn(sentence, start) + 1, start);
    }

    /**
     * What a sentence notes about the number that ends at {@code end}: a bracket right after it ("568件（含上年结转
     * 23件）"), or the next clause when it begins with 其中, 含 or 包括 ("568件，其中上年结转23件"); "" when nothing.
     */
    private static String note(String sentence, int end) {
        int bracketEnd = afterBracket(sentence, end);
        if (bracketEnd > end) {
            return sentence.substring(end, bracketEnd);
        }
        if (end < sentence.length() && (sentence.charAt(end) == '，' || sentence.charAt(end) == ',')) {
            String clause = sentence.substring(end + 1, CLAUSE_ENDS.firstIn(sentence, end + 1, sentence.length()));
            return startsAny(clause, 0, NOTE_OPENINGS) ? clause : "";
        }
        return "";
    }

    /**
     * Where the bracket that opens at {@code at} ends ("（含上年结转23件）" after "568件"): after its closing bracket, or
     * at the sentence's end when it has none; {@code at} when no bracket opens there.
     */
    private static int afterBracket(String sentence, int at) {
        if (at < sentence.length() && (sentence.charAt(at) == '（' || sentence.charAt(at) == '(')) {
            return Math.min(CLOSING_BRACKETS.firstIn(sentence, at, sentence.length()) + 1, sentence.length());
        }
        return at;
    }

    /** @param endsOpenList whether an {@code open_list} word follows the match ("无法提供185件等") */
    private static Claim claim(ClaimSpec spec, ClaimPattern pattern, Matcher match, Sentence sentence,
                               boolean endsOpenList) {
        BigDecimal value = pattern.reads("N") ? new BigDecimal(match.group("N"))
                : pattern.reads("B") ? new BigDecimal(match.group("B")) : spec.value();
        BigDecimal percent = pattern.reads("P") ? new BigDecimal(match.group("P")) : null;
        BigDecimal base = pattern.reads("A") ? new BigDecimal(match.group("A")) : null;
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

    /** The years the overview (第一部分) speaks of; not those it compares with ("较2023年增长12%"). */
    private static YearMentions years(List<Sentence> sentences, FigureWords words) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        Map<Integer, Integer> firstLine = new LinkedHashMap<>();
        for (Sentence sentence : sentences) {
            if (!sentence.where().equals("s1")) {
                continue;
            }
            String text = sentence.normalized();
            for (int at = text.indexOf('年', 4); at >= 0; at = text.indexOf('年', at + 1)) {
                boolean compared = endsWithAny(text, at - 4, words.comparedYearBefore())
                        || endsWithAny(text, at - 4, words.comparedYearWith())
                        && startsAny(text, text.startsWith("年度", at) ? at + 2 : at + 1, words.comparedYearAfter());
                if (isYear(text, at - 4) && !compared) {
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

    /** Whether the text holds a digit as patterns read one: {@code \d} is an ASCII digit. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The sentences in a list of places: {@code all} is every part but the headings, unless those are named. */
    private static List<Sentence> sentencesIn(List<String> places, List<Sentence> sentences) {
        boolean all = places.contains(ALL);
        boolean headings = places.contains(HEADINGS);
        List<Sentence> in = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (all ? headings || !sentence.where().equals(HEADINGS) : places.contains(sentence.where())) {
                in.add(sentence);
            }
        }
        return in;
    }
}
