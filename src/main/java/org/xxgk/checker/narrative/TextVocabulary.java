package org.xxgk.checker.narrative;

import java.nio.file.Path;
import java.util.List;

/**
 * What the rule set looks for in a report's prose ({@code rules/text/}): topics, claims and body types.
 *
 * @param topics     the topics of {@code topics.yaml}
 * @param claims     the claims of {@code claims.yaml}
 * @param figures    the words of {@code claims.yaml} that hold for every claim's figures
 * @param bodies     the body types of {@code bodies.yaml}, in the order they are tried
 * @param claimsFile the claims file, for problems found when its cells are resolved
 */
public record TextVocabulary(List<TopicSpec> topics, List<ClaimSpec> claims, FigureWords figures, List<BodySpec> bodies,
                             Path claimsFile) {

    /** A vocabulary that finds nothing, for a rule set without a {@code text/} folder. */
    public static final TextVocabulary EMPTY = new TextVocabulary(List.of(), List.of(), FigureWords.NONE, List.of(),
            Path.of("text/claims.yaml"));

    /** How the names of the body types end ("区人民政府", "局"), each once. */
    public List<String> bodyNameEndings() {
        return bodies.stream().flatMap(body -> body.suffixes().stream()).distinct().toList();
    }
}
