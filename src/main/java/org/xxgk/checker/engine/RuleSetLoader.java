package org.xxgk.checker.engine;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.xxgk.checker.Severity;
import org.xxgk.checker.format.FileProblem;
import org.xxgk.checker.format.FormatCatalog;
import org.xxgk.checker.format.FormatException;
import org.xxgk.checker.format.FormatLoader;
import org.xxgk.checker.narrative.ClaimSpec;
import org.xxgk.checker.narrative.TextVocabulary;
import org.xxgk.checker.narrative.TopicSpec;
import org.xxgk.checker.narrative.VocabularyLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads a rule set from its directory: {@code ruleset.yaml}, the formats ({@code formats/<id>/format.yaml}), the
 * relations ({@code relations/*.csv}), the vocabulary of the prose ({@code text/}), the deployment profiles
 * ({@code profiles/}) and every {@code *.drl} below it. Every problem is collected and reported with its file and line; a rule set with any problem is refused, so a
 * broken edit never checks nothing in silence.
 */
public final class RuleSetLoader {
    /** Rules in this folder derive facts for other rules and report nothing, so they carry no metadata. */
    public static final String SHARED_FOLDER = "_shared";
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    /** A quoted table id or cell id in a DRL file: "t3", "t2.fees.amount_wan". */
    private static final Pattern TABLE_REFERENCE = Pattern.compile("\"(t\\d[a-z0-9]*(?:\\.[a-z_]+)*)\"");
    /**
     * A pattern of a fact type and its constraints, which may hold one level of brackets:
     * {@code SumCheck(rule == "ARI-04")}, {@code TopicEvidence(id in ("a", "b"), found)}.
     */
    private static final Pattern FACT_PATTERN = Pattern.compile("\\b([A-Z][A-Za-z]+)\\(((?:[^()]|\\([^()]*\\))*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final List<String> REQUIRED = List.of("id", "severity", "title", "clause", "message");

    private RuleSetLoader() {
    }

    /**
     * Loads a rule set to check many reports with: its rules are compiled (and kept in the cache the environment
     * names, for {@link #loadQuickly}).
     */
    public static RuleSet load(Path directory) throws RuleSetException {
        return load(directory, CompiledRuleCache.configured().writeOnly());
    }

    /**
     * Loads a rule set to check a few reports with: its rules are read from the cache when they were compiled
     * before, which saves about a second, but may run slower over thousands of reports.
     */
    public static RuleSet loadQuickly(Path directory) throws RuleSetException {
        return load(directory, CompiledRuleCache.configured());
    }

    static RuleSet load(Path directory, CompiledRuleCache cache) throws RuleSetException {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException(directory, List.of(new FileProblem(directory, 0, 0, "规则目录不存在或不是目录", "")));
        }
        List<Path> drlFiles = files(dir, name -> name.endsWith(".drl"));
        List<FileProblem> problems = new ArrayList<>();
        // each file is read once, for the compiler and for every check below
        Map<Path, String> drl = readDrl(dir, drlFiles, problems);
        // Compiling the DRL takes most of the load time and needs nothing else: it runs while the formats and
        // relation tables are read.
        List<FileProblem> drlProblems = new ArrayList<>();
        CompletableFuture<KieBase> compiling = drl.isEmpty()
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> DrlCompiler.compile(dir, drl, cache, drlProblems));
        RuleNames names = ruleNames(dir, drl, problems);
        FormatCatalog formats = null;
        try {
            formats = FormatLoader.load(dir.resolve("formats"), dir);
        } catch (FormatException e) {
            problems.addAll(e.problems());
        }
        RelationTable relations = formats == null ? null
                : RelationLoader.load(dir.resolve("relations"), formats, dir, problems);
        if (formats != null) {
            tableReferences(dir, drl, formats, problems);
        }
        TextVocabulary vocabulary = VocabularyLoader.load(dir, formats, problems);
        ClaimTable claims = formats == null ? null : ClaimTable.of(vocabulary, formats, dir, problems);
        if (relations != null && claims != null) {
            // a table that could not be read at all has already been named: every condition on it is no second mistake
            Map<String, Reference> references = new HashMap<>();
            if (!unreadRelations(dir, relations, problems)) {
                references.put("SumCheck", new Reference("rule", relations.rules(), "relations/*.csv 中没有规则“%s”的关系"));
            }
            if (!unread(Path.of("text", "claims.yaml"), vocabulary.claims().isEmpty(), problems)) {
                references.put("ClaimCheck", new Reference("rule", claims.rules(), "text/claims.yaml 中没有由规则“%s”对照的说法"));
            }
            if (!unread(Path.of("text", "topics.yaml"), vocabulary.topics().isEmpty(), problems)) {
                references.put("TopicEvidence", new Reference("id", vocabulary.topics().stream().map(TopicSpec::id)
                        .collect(Collectors.toSet()), "text/topics.yaml 中没有话题“%s”"));
            }
            factReferences(dir, drl, references, problems);
        }
        if (drlFiles.isEmpty()) {
            problems.add(new FileProblem(directory, 0, 0, "规则目录中没有 .drl 规则文件", ""));
        }
        KieBase kieBase = compiling.join();
        problems.addAll(drlProblems);
        // A file that cannot be read or compiled stops no other check: the rules that compiled, the profiles and
        // ruleset.yaml are checked all the same, so that one run names every mistake of an edit. A rule whose
        // metadata is incomplete is reported once, not again wherever a table or profile names it.
        Set<String> ids = new HashSet<>();
        List<RuleMetadata> rules = kieBase == null ? List.of() : metadata(kieBase, names, formats, ids, problems);
        // with a file unread or not compiled, its rules are unknown: checks against the rule ids would only mislead
        boolean everyRuleKnown = kieBase != null && drl.size() == drlFiles.size();
        if (everyRuleKnown) {
            unknownRules(dir, relations, vocabulary, ids, problems);
        }
        Map<String, Profile> profiles = ProfileLoader.load(dir, everyRuleKnown ? ids : null, problems);
        RuleSetInfo info = RuleSetInfo.read(dir, problems);
        if (kieBase == null || formats == null || !problems.isEmpty()) {
            throw new RuleSetException(directory, problems);
        }
        return new RuleSet(directory, info.name(), info.version(), sha256(dir), formats, relations, claims, vocabulary,
                kieBase, rules, profiles);
    }

    /** Names each relation and each claim that names a rule the rule set does not have, at its own line. */
    private static void unknownRules(Path dir, RelationTable relations, TextVocabulary vocabulary, Set<String> ids,
                                     List<FileProblem> problems) {
        for (String rule : relations == null ? Set.<String>of() : relations.rules()) {
            if (!ids.contains(rule)) {
                RelationTable.Mention mention = relations.mention(rule);
                problems.add(FileProblem.in(dir, mention.file(), mention.line(), 0,
                        "关系表引用的规则“" + rule + "”不存在，其关系永远不会被报告", ""));
            }
        }
        for (ClaimSpec claim : vocabulary.claims()) {
            if (!ids.contains(claim.rule())) {
                problems.add(FileProblem.in(dir, vocabulary.claimsFile(), claim.line(), 0,
                        "说法引用的规则“" + claim.rule() + "”不存在，与表格不一致时永远不会被报告", ""));
            }
        }
    }

    /** Whether a file of the rule set gave nothing, and a problem with it has been named. */
    private static boolean unread(Path file, boolean nothingRead, List<FileProblem> problems) {
        return nothingRead && problems.stream().anyMatch(problem -> problem.file().equals(file));
    }

    /** Whether a relation table with a problem gave no relation at all (a file that is not text, a wrong header). */
    private static boolean unreadRelations(Path dir, RelationTable relations, List<FileProblem> problems) {
        Set<Path> read = relations.rules().stream()
                .map(rule -> dir.relativize(relations.mention(rule).file().toAbsolutePath().normalize()))
                .collect(Collectors.toSet());
        return problems.stream().map(FileProblem::file)
                .anyMatch(file -> file.startsWith("relations") && !read.contains(file));
    }

    /** Where each rule is written: its file (relative to the rule set) and the line of its name. */
    private record RuleNames(Map<String, Path> fileOfRule, Map<String, Integer> lineOfRule) {
    }

    /**
     * Finds every rule's name in the files, and names a rule written twice at its second place with the first. This
     * runs whether or not the files compile: the compiler refuses a duplicate in one package naming only one file.
     */
    private static RuleNames ruleNames(Path dir, Map<Path, String> drl, List<FileProblem> problems) {
        Map<String, Path> fileOfRule = new HashMap<>();
        Map<String, Integer> lineOfRule = new HashMap<>();
        drl.forEach((file, text) -> {
            Matcher rule = RULE_NAME.matcher(text);
            while (rule.find()) {
                Path previous = fileOfRule.put(rule.group(1), dir.relativize(file));
                lineOfRule.put(rule.group(1), FileProblem.lineAt(text, rule.start(1)));
                if (previous != null) {
                    problems.add(FileProblem.in(dir, file, FileProblem.lineAt(text, rule.start(1)), 0,
                            "规则名称重复：与 " + previous.toString().replace('\\', '/') + " 中的规则同名", ""));
                }
            }
        });
        return new RuleNames(fileOfRule, lineOfRule);
    }

    /**
     * The DRL files' texts, read as UTF-8 without a byte-order mark; a file that cannot be read, or holds full-width
     * punctuation where DRL needs its own, is a problem and left out.
     */
    private static Map<Path, String> readDrl(Path dir, List<Path> files, List<FileProblem> problems) {
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                // Windows Notepad saves UTF-8 with a byte-order mark, which the DRL parser takes for a stray character
                String drl = text.startsWith("\uFEFF") ? text.substring(1) : text;
                List<FileProblem> marks = DrlPunctuation.find(dir, file, drl);
                if (!marks.isEmpty()) {
                    // left out like a file that cannot be read: the parser would only name the same places unclearly
                    problems.addAll(marks);
                    continue;
                }
                texts.put(file, drl);
            } catch (IOException e) {
                problems.add(FileProblem.in(dir, file, 0, 0, "无法按 UTF-8 读取规则文件（请用 UTF-8 编码另存，例如在记事本中“另存为”选 UTF-8）",
                        String.valueOf(e.getMessage())));
            }
        }
        return texts;
    }

    /**
     * The rules with their metadata; a rule whose metadata has a problem is left out.
     *
     * @param formats the formats a rule may cite a provision for, or {@code null} when they could not be read (the
     *                formats such a citation names are then not checked)
     * @param ids     filled with the id of every rule the files hold, its name where it has no {@code @id}
     */
    private static List<RuleMetadata> metadata(KieBase kieBase, RuleNames names, FormatCatalog formats,
                                               Set<String> ids, List<FileProblem> problems) {
        Map<String, Path> fileOfRule = names.fileOfRule();
        Map<String, Integer> lineOfRule = names.lineOfRule();
        List<RuleMetadata> rules = new ArrayList<>();
        Map<String, Path> fileOfId = new HashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Path file = fileOfRule.getOrDefault(rule.getName(), Path.of(kiePackage.getName()));
                int line = lineOfRule.getOrDefault(rule.getName(), 0);
                Map<String, Object> meta = rule.getMetaData();
                if (file.startsWith(SHARED_FOLDER) && !meta.containsKey("id")) {
                    continue;
                }
                ids.add(meta.get("id") instanceof String given && !given.isBlank() ? given : rule.getName());
                List<String> missing = REQUIRED.stream()
                        .filter(key -> !(meta.get(key) instanceof String text) || text.isBlank()).toList();
                if (!missing.isEmpty()) {
                    problems.add(new FileProblem(file, line, 0, "规则“" + rule.getName() + "”缺少元数据 @"
                            + String.join(" @", missing) + "（" + SHARED_FOLDER + "/ 以外的规则都必须报告发现）", ""));
                    continue;
                }
                String id = (String) meta.get("id");
                Severity severity;
                try {
                    severity = Severity.valueOf(((String) meta.get("severity")).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(new FileProblem(file, line, 0, "规则“" + id + "”的 @severity 应为 ERROR、WARNING 或 INFO", ""));
                    continue;
                }
                String clause = (String) meta.get("clause");
                Map<String, String> formatClauses = new HashMap<>();
                List<String> metadataProblems = new ArrayList<>();
                clauseProblem("@clause", clause).ifPresent(metadataProblems::add);
                for (Map.Entry<String, Object> entry : meta.entrySet()) {
                    // a misspelt key ("@Clause_2019") would otherwise never take effect
                    if (!REQUIRED.contains(entry.getKey()) && !entry.getKey().startsWith(RuleMetadata.FORMAT_CLAUSE)) {
                        metadataProblems.add("@" + entry.getKey() + " 不是可用的元数据（可用 @" + String.join(" @", REQUIRED)
                                + " 和 @" + RuleMetadata.FORMAT_CLAUSE + "格式编号）");
                    } else if (entry.getKey().startsWith(RuleMetadata.FORMAT_CLAUSE)) {
                        String key = "@" + entry.getKey();
                        String format = entry.getKey().substring(RuleMetadata.FORMAT_CLAUSE.length());
                        if (formats != null && formats.formats().stream().noneMatch(known -> known.id().equals(format))) {
                            metadataProblems.add(key + " 中的格式“" + format + "”不存在（格式见 formats/ 下各目录名）");
                        } else if (!(entry.getValue() instanceof String text) || text.isBlank()) {
                            metadataProblems.add(key + " 应写明该格式年报所依据的条款");
                        } else {
                            clauseProblem(key, text).ifPresent(metadataProblems::add);
                            formatClauses.put(format, text);
                        }
                    }
                }
                if (!metadataProblems.isEmpty()) {
                    metadataProblems.forEach(problem -> problems.add(new FileProblem(file, line, 0,
                            "规则“" + id + "”的 " + problem, "")));
                    continue;
                }
                MessageTemplate message;
                try {
                    message = MessageTemplate.parse((String) meta.get("message"));
                } catch (IllegalArgumentException e) {
                    problems.add(new FileProblem(file, line, 0, "规则“" + id + "”的 @message 有误：" + e.getMessage(), ""));
                    continue;
                }
                if (rule instanceof RuleImpl compiled) {
                    for (String binding : message.bindings()) {
                        if (compiled.getDeclaration(binding) == null) {
                            problems.add(new FileProblem(file, line, 0, "规则“" + id + "”的 @message 引用了条件中没有绑定的变量“"
                                    + binding + "”（消息中的 {$x} 须在 when 部分写作 $x : …）", ""));
                        }
                    }
                    // a misspelt property would otherwise show only in the messages of the rule's findings
                    message.unknownProperty(binding -> compiled.getDeclaration(binding) == null ? null
                                    : compiled.getDeclaration(binding).getDeclarationClass())
                            .ifPresent(unknown -> problems.add(new FileProblem(file, line, 0,
                                    "规则“" + id + "”的 @message 中 " + unknown, "")));
                }
                Path previous = fileOfId.put(id, file);
                if (previous != null && !previous.equals(file)) {
                    problems.add(new FileProblem(file, line, 0, "规则编号“" + id + "”与 " + previous + " 中的规则重复", ""));
                }
                rules.add(new RuleMetadata(id, severity, (String) meta.get("title"), clause, Map.copyOf(formatClauses),
                        message, file, rule.getName()));
            }
        }
        rules.sort(Comparator.comparing(RuleMetadata::id));
        return rules;
    }

    /** What is wrong with a clause's placeholders, if anything. */
    private static Optional<String> clauseProblem(String key, String clause) {
        return clause.replace(RuleMetadata.FORMAT, "").matches(".*[{}].*")
                ? Optional.of(key + " 中只能用占位符 " + RuleMetadata.FORMAT + "（报告年度所用格式的文号，如国办公开办函〔2021〕30号）")
                : Optional.empty();
    }

    /**
     * Checks the table and cell ids quoted in DRL files against the formats: a typo ("t2.fees.amount_wa") would
     * otherwise make a rule that compiles and never fires.
     */
    private static void tableReferences(Path dir, Map<Path, String> drl, FormatCatalog formats, List<FileProblem> problems) {
        for (Map.Entry<Path, String> source : drl.entrySet()) {
            Path file = source.getKey();
            String text = source.getValue();
            Matcher reference = TABLE_REFERENCE.matcher(text);
            while (reference.find()) {
                String id = reference.group(1);
                boolean exists = id.indexOf('.') < 0
                        ? formats.formats().stream().anyMatch(format -> format.layout(id).isPresent())
                        : formats.formats().stream().anyMatch(format -> formats.layoutWithId(format, id.substring(0, id.indexOf('.')))
                        .map(layout -> layout.cell(id) != null).orElse(false));
                if (!exists) {
                    int line = FileProblem.lineAt(text, reference.start(1));
                    int column = reference.start(1) - text.lastIndexOf('\n', reference.start(1));
                    problems.add(FileProblem.in(dir, file, line, column, (id.indexOf('.') < 0 ? "表格编号“" : "单元格编号“")
                            + id + "”在任何报告格式中都不存在（规则将永远不会触发）", ""));
                }
            }
        }
    }

    /** What a fact's quoted key must name: the rules of the relation table, a topic of the vocabulary. */
    private record Reference(Pattern quoted, Set<String> known, String missing) {
        /** {@code key == "x"} or {@code key in ("x", "y")}. */
        Reference(String key, Set<String> known, String missing) {
            this(Pattern.compile("\\b" + key + "\\s*(?:==\\s*(\"[^\"]+\")|in\\s*\\(([^)]*)\\))"), known, missing);
        }
    }

    /**
     * Checks the rule ids and topic ids that conditions quote ({@code SumCheck(rule == "ARI-05")},
     * {@code TopicEvidence(id in ("overview.active", …))}) against the tables that make those facts: a relation row
     * deleted or a topic id mistyped would otherwise leave a rule that compiles and never fires.
     */
    private static void factReferences(Path dir, Map<Path, String> drl, Map<String, Reference> references,
                                       List<FileProblem> problems) {
        for (Map.Entry<Path, String> source : drl.entrySet()) {
            Path file = source.getKey();
            String text = source.getValue();
            Matcher pattern = FACT_PATTERN.matcher(text);
            while (pattern.find()) {
                Reference reference = references.get(pattern.group(1));
                if (reference == null) {
                    continue;
                }
                Matcher quoted = reference.quoted().matcher(text).region(pattern.start(2), pattern.end(2));
                while (quoted.find()) {
                    int from = quoted.group(1) != null ? quoted.start(1) : quoted.start(2);
                    Matcher id = QUOTED.matcher(text).region(from, quoted.end());
                    while (id.find()) {
                        int at = id.start(1);
                        if (!reference.known().contains(id.group(1))) {
                            problems.add(FileProblem.in(dir, file, FileProblem.lineAt(text, at), at - text.lastIndexOf('\n', at),
                                    String.format(reference.missing(), id.group(1)) + "（此条件永远不会成立，规则不会触发）", ""));
                        }
                    }
                }
            }
        }
    }

    /**
     * The files below a rule directory that are named like rule files but not read as rules, so that their rules are
     * not in the rule set: {@code NAR-06.drl.txt} as Notepad saves it, {@code ARI-04.drl.bak}, {@code ARI-04.drl~}.
     *
     * @throws UncheckedIOException when the directory cannot be read
     */
    public static List<Path> unreadRuleFiles(Path directory) {
        // an editor's hidden swap file (.ARI-04.drl.swp) comes and goes while editing, and is nobody's rule
        return files(directory.toAbsolutePath().normalize(),
                name -> name.contains(".drl") && !name.endsWith(".drl") && !name.startsWith("."));
    }

    /** Every file below the directory whose name, in lower case, is accepted, in a stable order. */
    private static List<Path> files(Path dir, Predicate<String> name) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> name.test(file.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .filter(file -> !dir.relativize(file).toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The hash a rule set loaded from the directory reports ({@link RuleSet#sha256()}): of its files (not its
     * generated README) with their relative paths, in a stable order. A watcher compares it to see an edit.
     *
     * @throws UncheckedIOException when the directory or one of its files cannot be read
     */
    public static String sha256(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest digest = Sha256.digest();
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith(".") || relative.equals("README.md")) {
                    continue;
                }
                digest.update(relative.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
