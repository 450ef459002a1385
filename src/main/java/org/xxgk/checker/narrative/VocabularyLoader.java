package org.xxgk.checker.narrative;

import org.xxgk.checker.format.FileProblem;
import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.format.SectionSpec;
import org.xxgk.checker.format.YamlFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the rule set's {@code text/} folder: {@code topics.yaml}, {@code claims.yaml} and {@code bodies.yaml}. */
public final class VocabularyLoader {
    /** The places a topic or claim may look in besides the formats' sections. */
    private static final Set<String> OTHER_PLACES = Set.of("preamble", "headings", "all");

    private final Path base;
    /** The ids of the formats' sections ({@code s1}…), or {@code null} when the formats could not be read. */
    private final Set<String> sections;
    private final List<FileProblem> problems;

    private VocabularyLoader(Path base, Set<String> sections, List<FileProblem> problems) {
        this.base = base;
        this.sections = sections;
        this.problems = problems;
    }

    /**
     * The vocabulary of a rule set's directory; problems are added to the list given.
     *
     * @param formats the rule set's formats, whose sections topics and claims may look in; {@code null} when they
     *                could not be read (the places are then not checked)
     */
    public static TextVocabulary load(Path ruleSet, FormatCatalog formats, List<FileProblem> problems) {
        Path dir = ruleSet.resolve("text");
        if (!Files.isDirectory(dir)) {
            return TextVocabulary.EMPTY;
        }
        Set<String> sections = formats == null ? null : formats.formats().stream()
                .flatMap(format -> format.sections().stream()).map(SectionSpec::id)
                .collect(Collectors.toCollection(TreeSet::new));
        VocabularyLoader loader = new VocabularyLoader(ruleSet, sections, problems);
        Path claimsFile = dir.resolve("claims.yaml");
        ClaimsRead claims = loader.claims(claimsFile);
        return new TextVocabulary(loader.topics(dir.resolve("topics.yaml")), claims.claims(), claims.figures(),
                loader.bodies(dir.resolve("bodies.yaml")), ruleSet.relativize(claimsFile));
    }

    private List<TopicSpec> topics(Path file) {
        YamlFile<VocabularyFile.Topics> yaml = read(file, VocabularyFile.Topics.class);
        VocabularyFile.Topics read = yaml == null ? null : yaml.value();
        List<TopicSpec> topics = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (VocabularyFile.Topic topic : read == null || read.topics == null ? List.<VocabularyFile.Topic>of() : read.topics) {
            int line = lineOf(yaml, topic.id, lines);
            if (blank(topic.id) || topic.any == null || topic.any.isEmpty() || topic.in == null || topic.in.isEmpty()) {
                problem(file, line, "话题缺少 id、in 或 any");
                continue;
            }
            duplicate(file, "话题", topic.id, line, lines);
            checkPlaces(file, line, topic.in);
            topics.add(new TopicSpec(topic.id, blank(topic.name) ? topic.id : topic.name, List.copyOf(topic.in),
                    normalized(topic.any), topic.near == null ? List.of() : normalized(topic.near),
                    topic.within == null ? 30 : topic.within));
        }
        return topics;
    }

    private List<BodySpec> bodies(Path file) {
        YamlFile<VocabularyFile.Bodies> yaml = read(file, VocabularyFile.Bodies.class);
        VocabularyFile.Bodies read = yaml == null ? null : yaml.value();
        List<BodySpec> bodies = new ArrayList<>();
        for (VocabularyFile.Body body : read == null || read.bodies == null ? List.<VocabularyFile.Body>of() : read.bodies) {
            int line = yaml.lineOf("id: " + body.id);
            if (blank(body.id) || body.suffixes == null || body.suffixes.isEmpty()) {
                problem(file, line, "机关类型缺少 id 或 suffixes");
                continue;
            }
            MonthDay deadline = null;
            if (!blank(body.deadline)) {
                try {
                    deadline = MonthDay.parse(body.deadline, DateTimeFormatter.ofPattern("MM-dd"));
                } catch (DateTimeException e) {
                    problem(file, line, "公布期限“" + body.deadline + "”应写作 月-日，例如 03-31");
                }
            }
            bodies.add(new BodySpec(body.id, blank(body.name) ? body.id : body.name, body.government, body.ruleMaking,
                    deadline, body.prefixes == null ? List.of() : List.copyOf(body.prefixes), List.copyOf(body.suffixes)));
        }
        return bodies;
    }

    /** What {@code claims.yaml} holds: the claims, and the words that hold for every claim's figures. */
    private record ClaimsRead(List<ClaimSpec> claims, FigureWords figures) {
    }

    private ClaimsRead claims(Path file) {
        YamlFile<VocabularyFile.Claims> yaml = read(file, VocabularyFile.Claims.class);
        VocabularyFile.Claims read = yaml == null ? null : yaml.value();
        List<ClaimSpec> claims = new ArrayList<>();
        List<String> elsewhere = words(yaml, file, "elsewhere", null, read == null ? null : read.elsewhere);
        List<String> unlessBefore = words(yaml, file, "unless_before", null, read == null ? null : read.unlessBefore);
        List<String> unlessExcept = words(yaml, file, "unless_except", null, read == null ? null : read.unlessExcept);
        Map<String, Integer> lines = new HashMap<>();
        Set<String> countingUnits = new LinkedHashSet<>();
        for (VocabularyFile.Claim claim : read == null || read.claims == null ? List.<VocabularyFile.Claim>of() : read.claims) {
            int line = lineOf(yaml, claim.id, lines);
            if (blank(claim.id) || blank(claim.rule) || claim.patterns == null || claim.patterns.isEmpty()
                    || claim.in == null || claim.in.isEmpty()) {
                problem(file, line, "说法缺少 id、rule、in 或 patterns");
                continue;
            }
            // the narrative facts and the rules' findings name a claim by its id: two would be taken for one
            duplicate(file, "说法", claim.id, line, lines);
            checkPlaces(file, line, claim.in);
            List<String> compare = expressions(claim.compare);
            List<String> numerator = expressions(claim.numerator);
            List<String> alsoCompare = expressions(claim.alsoCompare);
            List<Pattern> patterns = new ArrayList<>();
            List<List<List<String>>> requirements = new ArrayList<>();
            List<List<String>> openings = new ArrayList<>();
            for (String pattern : claim.patterns) {
                try {
                    Pattern compiled = ClaimPatterns.compile(pattern);
                    requirements.add(List.copyOf(ClaimPatterns.requirements(pattern)));
                    openings.add(ClaimPatterns.openings(pattern));
                    countingUnits.addAll(ClaimPatterns.units(pattern));
                    boolean number = pattern.contains("{N}");
                    boolean ratio = pattern.contains("{P}");
                    if (!number && !ratio && claim.value == null) {
                        problem(file, line, "说法“" + claim.id + "”的写法“" + pattern + "”没有 {N}，须用 value 给出它所说的数值");
                    } else if (ratio && pattern.contains("{B}") == !numerator.isEmpty()) {
                        problem(file, line, "比例说法“" + claim.id + "”的写法须有 {P}（百分数），分子或写作 {B}，"
                                + "或用 numerator 给出作分子的单元格（只用其一）");
                    } else if (ratio && !pattern.contains("{A}") && compare.isEmpty()) {
                        problem(file, line, "比例说法“" + claim.id + "”没有 {A}（分母），须用 compare 给出作分母的单元格");
                    }
                    patterns.add(compiled);
                } catch (IllegalArgumentException e) {
                    problem(file, line, "说法“" + claim.id + "”的写法“" + pattern + "”有误：" + e.getMessage());
                }
            }
            if (compare.isEmpty() && claim.patterns.stream().noneMatch(p -> p.contains("{A}"))) {
                problem(file, line, "说法“" + claim.id + "”缺少 compare（与之对照的单元格）");
            }
            boolean ratioClaim = claim.patterns.stream().anyMatch(p -> p.contains("{P}"));
            if ((!numerator.isEmpty() || !alsoCompare.isEmpty()) && !ratioClaim) {
                problem(file, line, "说法“" + claim.id + "”的 numerator、also_compare 不起作用：它们只用于比例说法（{P}）");
            } else if (!alsoCompare.isEmpty() && compare.isEmpty()) {
                problem(file, line, "说法“" + claim.id + "”的 also_compare 不起作用：它是另一种分母，须与 compare 一起使用");
            }
            List<String> ownElsewhere = words(yaml, file, "elsewhere", claim.id, claim.elsewhere);
            if (!ownElsewhere.isEmpty() && (claim.about == null || claim.about.isEmpty())) {
                problem(file, line, "说法“" + claim.id + "”的 elsewhere 不起作用：只在按条目标题判断（about）时才看 elsewhere，"
                        + "这个说法没有 about");
            }
            List<String> unless = normalized(claim.unless);
            claims.add(new ClaimSpec(claim.id, blank(claim.name) ? claim.id : claim.name, claim.rule,
                    List.copyOf(claim.in), List.copyOf(patterns), List.copyOf(requirements), List.copyOf(openings),
                    normalized(claim.about), concat(elsewhere, ownElsewhere), unless,
                    unlessExcept.stream().filter(longer -> unless.stream().anyMatch(longer::contains)).toList(),
                    normalized(claim.noted), normalized(claim.unlessNoted),
                    concat(unlessBefore, normalized(claim.unlessBefore)),
                    normalized(claim.unlessEarlier), compare, numerator, alsoCompare,
                    claim.value,
                    claim.tags == null ? List.of() : List.copyOf(claim.tags),
                    claim.parts == null ? List.of() : List.copyOf(claim.parts), line));
        }
        for (String longer : unlessExcept) {
            if (claims.stream().noneMatch(claim -> claim.unlessExcept().contains(longer))) {
                problem(file, yaml.lineOf("unless_except:"), "unless_except 中的“" + longer
                        + "”不起作用：它不含任何说法的 unless 词语");
            }
        }
        return new ClaimsRead(claims, new FigureWords(
                words(yaml, file, "respective_units", null, read == null ? null : read.respectiveUnits),
                words(yaml, file, "respective_shared", null, read == null ? null : read.respectiveShared),
                words(yaml, file, "respective_acts", null, read == null ? null : read.respectiveActs),
                words(yaml, file, "respective_act_names", null, read == null ? null : read.respectiveActNames),
                words(yaml, file, "respective_things", null, read == null ? null : read.respectiveThings),
                words(yaml, file, "respective_rates", null, read == null ? null : read.respectiveRates),
                words(yaml, file, "approximate_before", null, read == null ? null : read.approximateBefore),
                words(yaml, file, "approximate_after", null, read == null ? null : read.approximateAfter),
                words(yaml, file, "open_list", null, read == null ? null : read.openList),
                normalized(List.copyOf(countingUnits)),
                words(yaml, file, "numeral_not_counted_after", null, read == null ? null : read.numeralNotCountedAfter),
                words(yaml, file, "numeral_words", null, read == null ? null : read.numeralWords),
                words(yaml, file, "compared_year_before", null, read == null ? null : read.comparedYearBefore),
                words(yaml, file, "compared_year_after", null, read == null ? null : read.comparedYearAfter),
                words(yaml, file, "compared_year_with", null, read == null ? null : read.comparedYearWith)));
    }

    /**
     * A list of words of {@code claims.yaml}, normalised; an empty entry, which every sentence would contain, is
     * named and left out.
     *
     * @param claim the claim the list is written in, or {@code null} for a list of the whole file
     */
    private List<String> words(YamlFile<?> yaml, Path file, String key, String claim, List<String> words) {
        if (words == null) {
            return List.of();
        }
        if (words.stream().anyMatch(VocabularyLoader::blank)) {
            problem(file, yaml.lineOf(claim == null ? key + ":" : "id: " + claim),
                    (claim == null ? "" : "说法“" + claim + "”的 ") + key + " 中有空的词语：每句话都含有空的词语，请删去");
        }
        return normalized(words.stream().filter(word -> !blank(word)).toList());
    }

    private static List<String> concat(List<String> shared, List<String> own) {
        return own.isEmpty() ? shared : Stream.concat(shared.stream(), own.stream()).toList();
    }

    /** The words as sentences are compared, none for a key the file leaves out. */
    private static List<String> normalized(List<String> words) {
        return words == null ? List.of() : words.stream().map(Sentences::normalize).toList();
    }

    /**
     * The line of an entry's {@code id:}; an id written again is found at its own line, not at the first.
     *
     * @param lines the line of each id met so far in the file, updated
     */
    private static int lineOf(YamlFile<?> yaml, String id, Map<String, Integer> lines) {
        if (blank(id)) {
            return 0;
        }
        int line = yaml.lineOf("id: " + id);
        Integer first = lines.get(id);
        if (first != null) {
            for (int occurrence = 2; line > 0 && line <= first; occurrence++) {
                line = yaml.lineOf("id: " + id, occurrence);
            }
        }
        return line;
    }

    private void duplicate(Path file, String what, String id, int line, Map<String, Integer> lines) {
        Integer first = lines.putIfAbsent(id, line);
        if (first != null) {
            problem(file, line, what + "编号“" + id + "”重复（第 " + first + " 行已有）：编号须各不相同");
        }
    }

    private void checkPlaces(Path file, int line, List<String> places) {
        for (String place : places) {
            if (sections != null && !sections.contains(place) && !OTHER_PLACES.contains(place)) {
                problem(file, line, "查找范围“" + place + "”无效（应为部分编号 " + String.join("、", sections)
                        + "，或 preamble、headings、all）");
            }
        }
    }

    /**
     * A vocabulary file read, its lists' items checked for words run together by a Chinese comma; {@code null} when
     * the rule set has none or it cannot be read (a problem is added).
     */
    private <T> YamlFile<T> read(Path file, Class<T> type) {
        YamlFile<T> yaml = Files.isRegularFile(file) ? YamlFile.read(base, file, type, "文件", problems).orElse(null) : null;
        if (yaml != null) {
            // claim patterns match whole sentences, whose commas are the text's own
            problems.addAll(yaml.wordsRunTogether(base, file, key -> !"patterns".equals(key)));
        }
        return yaml;
    }

    private void problem(Path file, int line, String message) {
        problems.add(FileProblem.in(base, file, line, 0, message, ""));
    }

    /** A claim's cell expressions as written, blank ones left out; none when the key is left out. */
    private static List<String> expressions(List<String> written) {
        return written == null ? List.of() : written.stream().filter(expression -> !blank(expression)).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
