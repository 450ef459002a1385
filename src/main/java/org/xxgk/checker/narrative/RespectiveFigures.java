package org.xxgk.checker.narrative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pairs figures listed one after another with the subjects listed right before them: "行政复议、行政诉讼案件24件、4件"
 * reads as "行政复议24件、行政诉讼案件4件", and one figure for each of them ("行政复议、行政诉讼案件各2件") as
 * "行政复议2件、行政诉讼案件2件", so that each figure is found as its own subject's claim rather than the first
 * figure as a claim about both. A noun the last subject ends in is not given to the earlier ones: "维持、纠正案件9件、4件"
 * would become "维持案件9件", which claims that read "维持9件" do not find; only earlier subjects that are bare
 * acts are given the thing the last one's act is done to ("全年收到、办结政府信息公开申请"). Words the subjects share,
 * before the first ("行政复议案件维持、纠正8件、5件") or after the last ("网上、信函收到申请500件、5件"), are left where
 * they stand: {@link Paired#ownFigure} tells which figures a claim read in them may take. Percentages listed after such
 * figures, or after subjects whose last names a rate, are given to them in turn ({@link #sharesGivenOut}).
 */
final class RespectiveFigures {
    /** What separates the subjects, and the figures, of a list. */
    private static final String SEPARATORS = "、和及与";
    /** The separator that never stands inside a word. */
    private static final char LIST_MARK = '、';
    /** What subjects are told apart by first: 和, 及 and 与 also stand inside words ("及时", "法人和其他组织"). */
    private static final String LIST_COMMA = "、";
    /** Where the clause of the subjects begins, in a normalised sentence. */
    private static final String CLAUSE_ENDS = ",;:。";
    /**
     * Says that the figures go in the subjects' order ("分别为", "依次为"); dropped, with the 为 or 是 and a colon after
     * it ("分别为：550件、557件"), once they are paired.
     */
    private static final String RESPECTIVELY_WORDS = "(?:分别|依次)[为是]?";
    private static final Pattern RESPECTIVELY = Pattern.compile(RESPECTIVELY_WORDS + ":?");
    /** A colon that ends {@link #RESPECTIVELY} ends no clause: the figures after it are the subjects' before it. */
    private static final Pattern RESPECTIVELY_AT_COLON = Pattern.compile(RESPECTIVELY_WORDS + ":$");
    /** The ending of a listed subject that names a rate of its own, whatever rate ("按时答复率"). */
    private static final String RATE_ENDING = "率";
    /** Says that the one figure after it holds for each subject ("各2件"). */
    private static final char EACH = '各';
    private static final String NUMBER = "\\d+(?:\\.\\d+)?";
    /** The most figures a list is read with: more than a report's tables have cells in a row. */
    private static final int MAX_FIGURES = 50;
    /** A percentage, as claims write it ({P}%). */
    private static final Pattern SHARE = Pattern.compile(NUMBER + "%");
    /** Two or more percentages, one for each figure listed before them ("14.4%、0%、22.8%"). */
    private static final Pattern SHARE_LIST = Pattern.compile("(?<![\\d.])" + NUMBER + "%(?:[" + SEPARATORS + "]"
            + NUMBER + "%){1," + (MAX_FIGURES - 1) + "}");
    /** What may follow a rate's name before its percentages: "纠错率为", "纠错率分别为" once 分别 is left out. */
    private static final Pattern RATE_IS = Pattern.compile("[为是]$");

    /**
     * Two or more figures, the last with a unit (group {@code list}), or one figure after 各 (group {@code each});
     * {@code null} when the vocabulary gives no units.
     */
    private final Pattern list;
    /** A figure of the list, with or without its unit. */
    private final Pattern figure;
    /** A figure with a unit: a subject holding one is no subject but an earlier statement. */
    private final Pattern counted;
    /** Words that, in the first subject, end what the subjects share ("收到的申请中自然人、法人或其他组织"). */
    private final List<String> shared;
    /** Words that state an act a subject may do of its own ("收到申请、依法办结申请"), or share with the others as ways. */
    private final List<String> acts;
    /** Words that, right after an act, make it part of the name of a way ("网上受理平台"): no act of the subject's. */
    private final List<String> actNames;
    /** Words that make an earlier subject a thing counted, not a way ("政府信息公开申请数量、依法办结数量"). */
    private final List<String> things;
    /** The names of rates that, ending the last of listed subjects, make percentages after them the subjects' rates. */
    private final List<String> rates;
    /**
     * A counted figure with its own share right after it, in brackets or after a comma ("80件(占14.4%)", "80件,占比
     * 14.4%"), the words before the share without figures.
     */
    private final Pattern figureWithShare;

    /**
     * @param units    the units of listed figures
     * @param shared   the words that end, in the first subject, what all the subjects share
     * @param acts     the words that state what a subject does: the others' way of doing it, or an act of its own
     * @param actNames the words that, right after an act, make it part of a name
     * @param things   the words that make an earlier subject a thing counted rather than a way
     * @param rates    the names of rates that, ending the last of listed subjects, make percentages listed after
     *                 them the subjects' rates
     */
    RespectiveFigures(List<String> units, List<String> shared, List<String> acts, List<String> actNames,
                      List<String> things, List<String> rates) {
        this.shared = shared;
        this.acts = acts;
        this.actNames = actNames;
        this.things = things;
        this.rates = rates;
        if (units.isEmpty()) {
            list = figure = counted = figureWithShare = null;
            return;
        }
        String unit = units.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
        String separator = "[" + SEPARATORS + "]";
        // the repeat is bounded: Java's regex recurses once per repetition, and a longer list is no report's
        list = Pattern.compile("(?<list>(?<![\\d.])" + NUMBER + unit + "?(?:" + separator + NUMBER + unit + "?){0,"
                + (MAX_FIGURES - 2) + "}" + separator + NUMBER + unit + ")|" + EACH + "(?<each>" + NUMBER + unit + ")");
        figure = Pattern.compile("(" + NUMBER + ")(" + unit + ")?");
        counted = Pattern.compile(NUMBER + unit);
        figureWithShare = Pattern.compile("(?<![\\d.])" + NUMBER + unit + "[(,][^\\d%,;:。()]{0,10}" + NUMBER + "%\\)?");
    }

    /**
     * A sentence as claims read it, with where each pair of a subject and its figure stands in it (from the end of the
     * pair or clause before to the end of its figure), where the items of its list start: after the words the subjects
     * share at the head of the first ("收到的申请中|自然人、法人或其他组织"), and whether its list lists ways of one act
     * ({@link RespectiveFigures#listsWays}).
     */
    record Paired(String text, int[] pairStarts, int[] pairEnds, int[] itemStarts, boolean[] ways) {
        private static final int[] NONE = new int[0];

        static Paired unchanged(String sentence) {
            return new Paired(sentence, NONE, NONE, NONE, new boolean[0]);
        }

        /**
         * Whether a match of a claim's pattern (with its figure in group N) read that figure as its own.
         * <ul>
         * <li>One begun in an earlier pair of the list read past the figures in between ("受理545件、处理依申请公开557件"
         * is no 受理 of 557).</li>
         * <li>One begun inside a list of ways of one act read the act they share, after the last item: each figure is
         * one way's share of it ("网上500件、信函收到申请5件" is no 收到 of 5, nor of 500). In a list of acts each
         * item's words are its own ("行政复议24件、提起行政诉讼案件5件", "收到申请545件、依法办结申请556件").</li>
         * <li>One begun before the items ("行政复议案件24件，其中维持、纠正8件、5件", "行政复议案件维持、纠正8件、5件")
         * may take any figure of the list that it needs the list for: one it would read as well with the items
         * left out is one item's share of what it states before them ("收到申请，通过网上、信函分别为500件、5件").</li>
         * </ul>
         */
        boolean ownFigure(Matcher match) {
            int start = match.start();
            int figure = match.start("N");
            for (int i = 0; i < pairStarts.length; i++) {
                if (figure >= pairStarts[i] && figure < pairEnds[i]) {
                    if (start < itemStarts[i]) {
                        String withoutItems = text.substring(start, itemStarts[i]) + text.substring(figure, match.end());
                        return !match.pattern().matcher(withoutItems).matches();
                    }
                    return start >= pairStarts[i] && !ways[i];
                }
            }
            return true;
        }
    }

    /** The normalised sentence with each list's figures paired with its subjects; the sentence itself when none. */
    Paired pairUp(String sentence) {
        if (list == null || !mayList(sentence)) {
            return Paired.unchanged(sentence);
        }
        Matcher lists = list.matcher(sentence);
        StringBuilder paired = new StringBuilder(sentence.length());
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        List<Integer> itemStarts = new ArrayList<>();
        List<Boolean> ofWays = new ArrayList<>();
        int copied = 0;
        while (lists.find()) {
            boolean each = lists.group("each") != null;
            int clause = subjectsStart(sentence, lists.start(), copied);
            String subjectsText = sentence.substring(clause, lists.start());
            List<Figure> figures = figures(each ? lists.group("each") : lists.group("list"));
            List<Integer> cuts = each ? eachCuts(subjectsText) : cuts(subjectsText, figures.size() - 1);
            List<String> subjects = cuts == null ? null : subjects(subjectsText, cuts);
            if (subjects == null) {
                continue;
            }
            if (each) {
                // the one figure for every subject, joined as the subjects were
                Figure only = figures.get(0);
                figures = new ArrayList<>(subjects.size());
                for (int cut : cuts) {
                    figures.add(new Figure(only.number(), only.unit(), subjectsText.substring(cut, cut + 1)));
                }
                figures.add(only);
            }
            paired.append(sentence, copied, clause);
            int pairStart = paired.length();
            int itemStart = pairStart + itemsStart(subjects.get(0));
            boolean waysOfOneAct = listsWays(subjects);
            if (!each && !waysOfOneAct) {
                subjects = withSharedThing(subjects);
            }
            // a figure without its unit takes the last one's: "24、4件"
            String lastUnit = figures.get(figures.size() - 1).unit();
            for (int i = 0; i < figures.size(); i++) {
                Figure listed = figures.get(i);
                starts.add(pairStart);
                itemStarts.add(itemStart);
                ofWays.add(waysOfOneAct);
                paired.append(subjects.get(i)).append(listed.number())
                        .append(listed.unit() == null ? lastUnit : listed.unit());
                ends.add(paired.length());
                paired.append(listed.separator());
                pairStart = paired.length();
            }
            copied = lists.end();
        }
        return copied == 0 ? Paired.unchanged(sentence)
                : new Paired(paired.append(sentence, copied, sentence.length()).toString(),
                ints(starts), ints(ends), ints(itemStarts), booleans(ofWays));
    }

    /**
     * A sentence as share claims read it: with its lists of percentages given out to their figures or subjects
     * ({@link #sharesGivenOut}), or as written; and where each list whose shares are each a claim stands (from its
     * first figure or subject to its last share): one given out, or shares stated each after its own figure.
     */
    record Shares(String text, int[] listStarts, int[] listEnds) {
        private static final int[] NONE = new int[0];

        static Shares asWritten(String sentence) {
            return new Shares(sentence, NONE, NONE);
        }

        /** These shares with more lists marked, none inside one already marked. */
        Shares with(int[] moreStarts, int[] moreEnds) {
            int[] allStarts = Arrays.copyOf(listStarts, listStarts.length + moreStarts.length);
            int[] allEnds = Arrays.copyOf(listEnds, listEnds.length + moreEnds.length);
            System.arraycopy(moreStarts, 0, allStarts, listStarts.length, moreStarts.length);
            System.arraycopy(moreEnds, 0, allEnds, listEnds.length, moreEnds.length);
            return new Shares(text, allStarts, allEnds);
        }

        /**
         * The end of the list marked that the share at {@code at} stands in, or -1: each of its shares is a claim of
         * its own, where a later figure in a sentence is mostly a part of the first.
         */
        int listEnd(int at) {
            for (int i = 0; i < listStarts.length; i++) {
                if (at >= listStarts[i] && at < listEnds[i]) {
                    return listEnds[i];
                }
            }
            return -1;
        }

        /**
         * Whether the percentage from {@code start} to {@code end} (its sign not included) is one of a list left as
         * written ("127件，分别占30.0%、22.8%" after three figures): it is no share of the figure before it. One is
         * when another percentage follows it, or a separator stands right before it.
         */
        boolean inListAsWritten(int start, int end) {
            return end < text.length() && text.charAt(end) == '%' && anotherShareFollows(text, end)
                    || start > 0 && SEPARATORS.indexOf(text.charAt(start - 1)) >= 0;
        }
    }

    /**
     * A sentence with each list of percentages given in turn to the counted figures listed right before it, or to the
     * subjects listed right before it when the last names a rate ({@link #ratedSubjects}), and where its shares
     * stated each right after its own figure stand ({@link #sharesInline}):
     * "予以公开80件、不予公开127件，占比分别为14.4%、22.8%" reads as "予以公开80件，占比14.4%、不予公开127件，占比22.8%",
     * each share beside its own figure as a share stated alone is. Those figures are the ones in the clause of the last
     * figure before the list, all but the last followed by a separator; the words between the last and the list (分别
     * left out) go with every share. A list is left as written when those figures are not as many as its percentages
     * (which share is whose, no count tells), or when the words in between go on past a clause ("127件，较上年，占比…").
     * A sentence with a percentage that is neither given out nor in a run of shares each after its own figure is read
     * as written: it might go with a figure that pairing put before it but is not its own ("予以公开、不予公开分别为80件、
     * 127件，占比14.4%").
     *
     * @param asWritten the normalised sentence with its counts in digits
     * @param paired    that sentence as {@link #pairUp} gives it, its listed counts beside their subjects
     */
    Shares sharesGivenOut(String asWritten, String paired) {
        // one percentage at most: neither a list nor a run of shares
        if (counted == null || asWritten.indexOf('%') == asWritten.lastIndexOf('%')) {
            return Shares.asWritten(asWritten);
        }
        Shares shares = mayListShares(paired) ? listsGivenOut(asWritten, paired) : Shares.asWritten(asWritten);
        return sharesInline(shares);
    }

    /** The sentence with its lists of percentages given out ({@link #sharesGivenOut}), or as written. */
    private Shares listsGivenOut(String asWritten, String paired) {
        Matcher lists = SHARE_LIST.matcher(paired);
        StringBuilder given = new StringBuilder(paired.length() + 32);
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int copied = 0;
        int givenOut = 0;
        while (lists.find()) {
            List<MatchResult> shares = SHARE.matcher(lists.group()).results().toList();
            int listClause = subjectsStart(paired, lists.start(), copied);
            List<String> rated = ratedSubjects(paired.substring(listClause, lists.start()), shares.size());
            if (rated != null) {
                given.append(paired, copied, listClause);
                starts.add(given.length());
                for (int i = 0; i < rated.size(); i++) {
                    // each subject's rate, joined as the percentages were
                    int next = i + 1 < rated.size() ? shares.get(i + 1).start() : shares.get(i).end();
                    given.append(rated.get(i)).append(shares.get(i).group())
                            .append(lists.group(), shares.get(i).end(), next);
                }
                ends.add(given.length());
                copied = lists.end();
                givenOut += shares.size();
                continue;
            }
            List<int[]> figures = new ArrayList<>();
            for (Matcher found = counted.matcher(paired).region(copied, lists.start()); found.find(); ) {
                figures.add(new int[] {found.start(), found.end()});
            }
            if (figures.isEmpty()) {
                continue;
            }
            int[] last = figures.get(figures.size() - 1);
            String between = paired.substring(last[1], lists.start());
            int clause = clauseStart(paired, last[0], copied);
            figures.removeIf(figure -> figure[0] < clause);
            String words = RESPECTIVELY.matcher(between).replaceAll("");
            // other things listed in between ("无法提供、不予处理的占比分别为…") are whose the percentages are
            if (figures.size() != shares.size() || !listed(paired, figures) || !withinAClause(between)
                    || listsThings(words)) {
                continue;
            }
            starts.add(given.length() + figures.get(0)[0] - copied);
            for (int i = 0; i < figures.size(); i++) {
                given.append(paired, copied, figures.get(i)[1]).append(words).append(shares.get(i).group());
                copied = figures.get(i)[1];
            }
            ends.add(given.length());
            copied = lists.end();
            givenOut += shares.size();
        }
        // shares in a run each stand after their own figure: no pairing moved a figure before them
        int inRuns = inlineRuns(paired, Shares.asWritten(paired)).stream().mapToInt(ShareRun::shares).sum();
        if (givenOut == 0 || givenOut + inRuns != paired.chars().filter(c -> c == '%').count()) {
            return Shares.asWritten(asWritten);
        }
        return new Shares(given.append(paired, copied, paired.length()).toString(), ints(starts), ints(ends));
    }

    /**
     * The subjects listed in the clause before as many percentages, each with the rate the last names after it:
     * "行政复议、行政诉讼的纠错率分别为" before two gives "行政复议纠错率" and "行政诉讼的纠错率". A subject that ends in 率
     * is a rate of its own, whatever its name, and keeps it ("行政复议按时答复率、纠错率"); so every subject may name its
     * own ("行政复议纠错率、按时答复率"). {@code null} when the clause lists no such subjects (the last ends neither in one
     * of the rates' names, at most with 为 or 是 after it, nor, with all the others, in 率) or counts a figure, whose
     * share a percentage may be.
     */
    private List<String> ratedSubjects(String clause, int count) {
        List<Integer> cuts = cuts(clause, count - 1);
        List<String> subjects = cuts == null ? null : subjects(clause, cuts);
        if (subjects == null) {
            return null;
        }
        String last = RATE_IS.matcher(subjects.get(count - 1)).replaceFirst("");
        String rate = rates.stream().filter(last::endsWith).findFirst().orElse(null);
        List<String> earlier = subjects.subList(0, count - 1);
        if (rate == null) {
            // each names a rate of its own ("行政复议纠错率、按时答复率"): none needs the last one's name
            return namesARate(last) && earlier.stream().allMatch(RespectiveFigures::namesARate) ? subjects : null;
        }
        // an earlier subject that names a rate of its own keeps it, whatever rate it is ("行政复议按时答复率、纠错率")
        List<String> rated = new ArrayList<>(count);
        earlier.forEach(subject -> rated.add(namesARate(subject) ? subject : subject + rate));
        rated.add(subjects.get(count - 1));
        return rated;
    }

    /** Whether a listed subject ends in the name of a rate: it is a rate, not one of the things a rate is given to. */
    private static boolean namesARate(String subject) {
        return subject.endsWith(RATE_ENDING);
    }

    /**
     * The sentence with where each run of shares stated right after their own figures stands marked, so that each is a
     * claim ({@link #inlineRuns}); runs inside lists given out are marked already.
     */
    private Shares sharesInline(Shares shares) {
        List<ShareRun> runs = inlineRuns(shares.text(), shares);
        return runs.isEmpty() ? shares : shares.with(runs.stream().mapToInt(ShareRun::start).toArray(),
                runs.stream().mapToInt(ShareRun::end).toArray());
    }

    /**
     * Where each run of shares stated right after their own figures stands, outside the lists {@code marked}, with how
     * many shares it holds: "予以公开80件(占14.4%)、部分公开0件(占0%)、不予公开127件(占22.8%)". A run is two or more
     * such figures, each after the share before with nothing but the next one's subject in between (no figure, no
     * percentage, no end of a clause but a comma).
     */
    private List<ShareRun> inlineRuns(String text, Shares marked) {
        List<ShareRun> runs = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        int items = 0;
        for (Matcher found = figureWithShare.matcher(text); found.find(); ) {
            if (marked.listEnd(found.start()) >= 0) {
                continue;
            }
            if (items > 0 && nextSubject(text.substring(runEnd, found.start()))) {
                items++;
            } else {
                if (items > 1) {
                    runs.add(new ShareRun(runStart, runEnd, items));
                }
                runStart = found.start();
                items = 1;
            }
            runEnd = found.end();
        }
        if (items > 1) {
            runs.add(new ShareRun(runStart, runEnd, items));
        }
        return runs;
    }

    /** A run of shares each stated right after its own figure: where it stands, and how many shares it holds. */
    private record ShareRun(int start, int end, int shares) {
    }

    /** Whether what stands between a share and the next figure is that figure's subject, after a separator or comma. */
    private static boolean nextSubject(String between) {
        if (between.isEmpty() || (SEPARATORS + ",").indexOf(between.charAt(0)) < 0) {
            return false;
        }
        for (int i = 1; i < between.length(); i++) {
            char c = between.charAt(i);
            if (isDigit(c) || c == '%' || CLAUSE_ENDS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether each figure but the last is followed by a separator: they are one list ("80件、0件和127件"). */
    private static boolean listed(String text, List<int[]> figures) {
        for (int i = 0; i < figures.size() - 1; i++) {
            if (SEPARATORS.indexOf(text.charAt(figures.get(i)[1])) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether words list things of their own ("无法提供、不予处理的占比"): they hold a 、. The other separators stand
     * inside words too ("总和", "办理及答复总数"), so they tell no list.
     */
    private static boolean listsThings(String words) {
        return words.indexOf(LIST_MARK) >= 0;
    }

    /** Whether words between figures and their shares stay in one clause: after a comma, up to a colon at most. */
    private static boolean withinAClause(String between) {
        int from = between.startsWith(",") ? 1 : 0;
        int to = between.endsWith(":") ? between.length() - 1 : between.length();
        for (int i = from; i < to; i++) {
            if (CLAUSE_ENDS.indexOf(between.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a percentage is followed by a separator and a digit: most sentences list no shares and are passed over. */
    private static boolean mayListShares(String sentence) {
        for (int at = sentence.indexOf('%'); at >= 0; at = sentence.indexOf('%', at + 1)) {
            if (anotherShareFollows(sentence, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the percent sign at {@code percentAt} is followed by a separator and the next figure of a list. */
    private static boolean anotherShareFollows(String text, int percentAt) {
        return percentAt + 2 < text.length() && SEPARATORS.indexOf(text.charAt(percentAt + 1)) >= 0
                && isDigit(text.charAt(percentAt + 2));
    }

    /** Whether a character is a digit as normalised sentences hold them: ASCII only. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether the subjects are ways of one act that the last states after its way, all sharing it: "网上、当面、信函
     * 收到申请", whose figures are the ways' shares of what was received. They are when the last subject states an
     * act ({@code acts}) after words of its own, and no item's way (the last's up to its first act, the others' but
     * that act at their end: "网上受理、信函受理申请") holds an act ("收到申请、依法办结申请": two acts), 的 (a kind of
     * thing: "审核通过的事项、全年收到的申请") or, after the first, 年 (a time: "主动公开事项、全年收到申请"), and no
     * earlier item names a thing counted ({@code things}: "政府信息公开申请数量、依法办结数量"). An act that names a way
     * ("网上受理平台") is none.
     */
    private boolean listsWays(List<String> subjects) {
        int last = subjects.size() - 1;
        String lastSubject = subjects.get(last);
        int actStart = firstAct(lastSubject);
        if (actStart <= 0) {
            return false;
        }
        String act = actAt(lastSubject, actStart);
        for (int i = 0; i <= last; i++) {
            String subject = subjects.get(i);
            String way = i == last ? subject.substring(0, actStart)
                    : subject.endsWith(act) ? subject.substring(0, subject.length() - act.length()) : subject;
            if (way.indexOf('的') >= 0 || i > 0 && way.indexOf('年') >= 0 || firstAct(way) >= 0
                    || i < last && things.stream().anyMatch(way::contains)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subjects with the thing the last one's act is done to given to the earlier ones when they are bare acts, an
     * act after nothing but a time ("全年收到", "本年新收", "办结"): "全年收到、办结政府信息公开申请" lists "全年收到
     * 政府信息公开申请" and "办结政府信息公开申请", each counted by its own figure. The thing ends in a shared word
     * and names no time ("上年结转、结转下年度申请" gives 上年结转 no 下年度申请); "行政复议" is a thing, no bare
     * act. Other subjects are returned as they are.
     */
    private List<String> withSharedThing(List<String> subjects) {
        int last = subjects.size() - 1;
        String lastSubject = subjects.get(last);
        int actStart = firstAct(lastSubject);
        String act = actStart < 0 ? null : actAt(lastSubject, actStart);
        String thing = act == null ? "" : lastSubject.substring(actStart + act.length());
        if (shared.stream().noneMatch(thing::endsWith) || thing.indexOf('年') >= 0 || firstAct(thing) >= 0) {
            return subjects;
        }
        for (String subject : subjects.subList(0, last)) {
            int at = firstAct(subject);
            String bare = at < 0 ? null : actAt(subject, at);
            if (bare == null || at + bare.length() != subject.length() || at > 0 && subject.indexOf('年') < 0) {
                return subjects;
            }
        }
        List<String> given = new ArrayList<>(subjects.size());
        subjects.subList(0, last).forEach(subject -> given.add(subject + thing));
        given.add(lastSubject);
        return given;
    }

    /** Where the first act of a text stands ({@link #actAt}); -1 when it has none. */
    private int firstAct(String text) {
        for (int at = 0; at < text.length(); at++) {
            if (actAt(text, at) != null) {
                return at;
            }
        }
        return -1;
    }

    /** The act that stands at a place of a text and is no part of a name ("受理" of "受理平台"), or {@code null}. */
    private String actAt(String text, int at) {
        for (String act : acts) {
            int end = at + act.length();
            if (text.startsWith(act, at) && actNames.stream().noneMatch(name -> text.startsWith(name, end))) {
                return act;
            }
        }
        return null;
    }

    /**
     * Where the items begin in the first subject of a list: after the last of the shared words it holds when an item
     * follows ("收到的申请" of "收到的申请中自然人"), else at its start ("收到申请" of "收到申请、办结" is the first item).
     */
    private int itemsStart(String firstSubject) {
        int end = 0;
        for (String word : shared) {
            int at = firstSubject.lastIndexOf(word);
            end = at < 0 ? end : Math.max(end, at + word.length());
        }
        return end < firstSubject.length() ? end : 0;
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean[] booleans(List<Boolean> values) {
        boolean[] array = new boolean[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    /** A figure of a list: its number, its unit or {@code null}, and the separator after it ("" after the last). */
    private record Figure(String number, String unit, String separator) {
    }

    private List<Figure> figures(String listed) {
        List<Figure> figures = new ArrayList<>();
        for (Matcher found = figure.matcher(listed); found.find(); ) {
            String separator = found.end() < listed.length() ? listed.substring(found.end(), found.end() + 1) : "";
            figures.add(new Figure(found.group(1), found.group(2), separator));
        }
        return figures;
    }

    /** Whether a separator or 各 stands before a digit anywhere: most sentences list no figures and are passed over. */
    private static boolean mayList(String sentence) {
        // digits are few in a sentence: looked for first (normalised sentences hold only ASCII digits)
        for (int i = 1; i < sentence.length(); i++) {
            if (isDigit(sentence.charAt(i))) {
                char c = sentence.charAt(i - 1);
                if (c == EACH || SEPARATORS.indexOf(c) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the subjects of the list at {@code listStart} begin: at the start of its clause, or of the one before when
     * that clause is nothing but the list after a colon that ends 分别为 or 依次为 ("收到、办结申请分别为：550件、557件").
     */
    private static int subjectsStart(String sentence, int listStart, int from) {
        int start = clauseStart(sentence, listStart, from);
        return start == listStart && RESPECTIVELY_AT_COLON.matcher(sentence).region(from, start).find()
                ? clauseStart(sentence, start - 1, from) : start;
    }

    private static int clauseStart(String sentence, int listStart, int from) {
        int start = listStart;
        while (start > from && CLAUSE_ENDS.indexOf(sentence.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    /**
     * Where the subjects of as many figures are split: at the last separators before them (at "、" when there are
     * enough); {@code null} when there are too few.
     */
    private static List<Integer> cuts(String clause, int count) {
        List<Integer> cuts = lastSeparators(clause, LIST_COMMA, count);
        return cuts != null ? cuts : lastSeparators(clause, SEPARATORS, count);
    }

    /**
     * Where the subjects of one figure for each are split, as many as are listed: at every "、", or else at the last
     * separator; {@code null} when there is none, or when a 和, 及 or 与 follows the last "、": whether "依法、规范办理
     * 复议和诉讼案件" lists two things joined by 和 or "自然人、法人和其他组织" two with 和 inside one, no count tells.
     */
    private static List<Integer> eachCuts(String clause) {
        int lastComma = clause.lastIndexOf(LIST_COMMA);
        if (lastComma < 0) {
            return lastSeparators(clause, SEPARATORS, 1);
        }
        if (clause.substring(lastComma + 1).chars().anyMatch(c -> SEPARATORS.indexOf(c) >= 0)) {
            return null;
        }
        List<Integer> cuts = new ArrayList<>();
        for (int at = clause.indexOf(LIST_COMMA); at >= 0; at = clause.indexOf(LIST_COMMA, at + 1)) {
            cuts.add(at);
        }
        return cuts;
    }

    /**
     * The subjects the clause is cut into; {@code null} when a subject is empty, ends in a digit that its figure would
     * run into, or states a figure of its own ("收到申请545件、办结557件和10件").
     */
    private List<String> subjects(String clause, List<Integer> cuts) {
        List<String> subjects = new ArrayList<>(cuts.size() + 1);
        int from = 0;
        for (int cut : cuts) {
            subjects.add(clause.substring(from, cut));
            from = cut + 1;
        }
        subjects.add(RESPECTIVELY.matcher(clause.substring(from)).replaceAll(""));
        for (String subject : subjects) {
            if (subject.isEmpty() || Character.isDigit(subject.charAt(subject.length() - 1))
                    || counted.matcher(subject).find()) {
                return null;
            }
        }
        return subjects;
    }

    /** The positions of the last {@code count} of these separators in the clause, in order; {@code null} if fewer. */
    private static List<Integer> lastSeparators(String clause, String separators, int count) {
        List<Integer> cuts = new ArrayList<>(count);
        for (int i = clause.length() - 1; i >= 0 && cuts.size() < count; i--) {
            if (separators.indexOf(clause.charAt(i)) >= 0) {
                cuts.add(0, i);
            }
        }
        return cuts.size() < count ? null : cuts;
    }
}
