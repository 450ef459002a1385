package org.xxgk.checker.engine;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.conf.SequentialOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xxgk.checker.format.FileProblem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles the rule set's DRL texts (its loader reads each file once) into a {@link KieBase}. Build errors come back
 * as problems naming the DRL file and line, with a plain Chinese summary beside the builder's own text.
 *
 * <p>Consequences default to the MVEL dialect: a consequence here is one call ({@code findings.report(drools)}),
 * and MVEL needs no Java compiler run, which halves the time to build the rule base.
 */
final class DrlCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(DrlCompiler.class);
    private static final Pattern LINE_IN_TEXT = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    private static final String NO_VIABLE_ALTERNATIVE = "no viable alternative at input ''";
    private static final Pattern UNANALYSABLE = Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\[Error", Pattern.DOTALL);

    private DrlCompiler() {
    }

    /**
     * The compiled rule base, or {@code null} when a file does not compile (the problems then say why). Rules compiled
     * before, by this build, are taken from the cache instead.
     *
     * @param sources the DRL files' texts by file
     */
    static KieBase compile(Path base, Map<Path, String> sources, CompiledRuleCache cache, List<FileProblem> problems) {
        String key = CompiledRuleCache.key(base, sources);
        Optional<List<KiePackage>> cached = cache.read(key);
        if (cached.isPresent()) {
            try {
                return kieBase(cached.get());
            } catch (RuntimeException | LinkageError e) {
                // rules that do not fit this build after all: compiled afresh, and the entry replaced
                LOG.debug("编译规则缓存与本版本不符，重新编译：{}", e.toString());
            }
        }
        Collection<? extends KiePackage> packages = build(base, sources, problems);
        if (packages == null) {
            return null;
        }
        cache.write(key, packages);
        return kieBase(packages);
    }

    private static KieBase kieBase(Collection<? extends KiePackage> packages) {
        // Sequential mode: the rules only read the facts of one report, never change them, so the network need not
        // be kept up to date as rules fire; a check runs two to three times faster.
        KieBaseConfiguration configuration = KieServices.Factory.get().newKieBaseConfiguration();
        configuration.setOption(SequentialOption.YES);
        // Immutable: a changed rule set is built as a new base, never added to this one, so the base need not track
        // its sessions, and facts go into an identity store
        configuration.setOption(KieBaseMutabilityOption.DISABLED);
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(configuration);
        kieBase.addPackages(packages);
        return kieBase;
    }

    private static Collection<? extends KiePackage> build(Path base, Map<Path, String> sources, List<FileProblem> problems) {
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        configuration.setProperty("drools.dialect.default", "mvel");
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        sources.forEach((file, text) -> builder.add(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                .setSourcePath(file.toString()), ResourceType.DRL));
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            String text = String.valueOf(result.getMessage());
            // the parser adds the first after every syntax error it has already reported; the loader names a
            // duplicate rule name with both its files, where the builder names one
            if (!text.startsWith("Parser returned a null Package") && !text.startsWith("Duplicate rule name")) {
                FileProblem problem = problem(base, sources, result, text);
                // on a line starting with '#', its mistake is the '#', which the parser names once; it adds a "no
                // viable alternative at input ''" for every Chinese mark the line holds
                if (!text.contains(NO_VIABLE_ALTERNATIVE) || !startsWithHash(sources, result, problem.line())) {
                    problems.add(problem);
                }
            }
        }
        return builder.hasErrors() ? null : builder.getKnowledgePackages();
    }

    private static boolean startsWithHash(Map<Path, String> sources, KnowledgeBuilderResult result, int line) {
        String source = result.getResource() == null ? null : result.getResource().getSourcePath();
        String drl = source == null ? "" : sources.getOrDefault(Path.of(source), "");
        return line > 0 && drl.lines().skip(line - 1L).findFirst().orElse("").strip().startsWith("#");
    }

    private static FileProblem problem(Path base, Map<Path, String> sources, KnowledgeBuilderResult result, String text) {
        String source = result.getResource() == null ? null : result.getResource().getSourcePath();
        Path file = source == null ? base : Path.of(source);
        int[] lines = result.getLines();
        int line = lines != null && lines.length > 0 ? lines[0] : 0;
        int column = 0;
        Matcher inText = LINE_IN_TEXT.matcher(text);
        if (inText.find()) {
            line = line > 0 ? line : Integer.parseInt(inText.group(1));
            column = Integer.parseInt(inText.group(2));
        }
        String summary = DroolsMessages.summary(text);
        int consequence = consequenceLine(sources.getOrDefault(file, ""), line, text);
        if (consequence > 0) {
            // the builder names the rule's first line and calls it a condition; the expression stands after "then"
            line = consequence;
            column = 0;
            summary = "结论（then 与 end 之间）无法解析：结论只应调用 findings.report(drools)";
        }
        return FileProblem.in(base, file, Math.max(line, 0), column, summary, text);
    }

    /**
     * The line of the expression the builder could not analyse, when it stands in the consequence of the rule that
     * starts at {@code ruleLine}; 0 when it stands in the conditions, or cannot be found.
     */
    private static int consequenceLine(String drl, int ruleLine, String text) {
        Matcher expression = UNANALYSABLE.matcher(text);
        if (!expression.find() || ruleLine <= 0) {
            return 0;
        }
        String first = expression.group(1).strip().lines().findFirst().orElse("").strip();
        List<String> lines = drl.lines().toList();
        boolean afterThen = false;
        for (int i = ruleLine - 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("end")) {
                return 0;
            }
            afterThen |= line.equals("then");
            if (afterThen && !first.isEmpty() && line.contains(first)) {
                return i + 1;
            }
        }
        return 0;
    }
}
