package org.xxgk.checker.narrative;

import java.nio.file.Path;
import java.util.List;

/**
 * What the rule set looks for in a report's prose ({@code rules/text/}): topics, claims and body types.
 *
 * @param topics     the topics of {@code topics.yaml}
 * @param claims     the claims of {@code claims.yaml}
 * @param respectiveUnits the units of figures listed one for each subject listed before them ({@code claims.yaml}'s
 *                   {@code respective_units}: "行政复议、行政诉讼案件24件、4件")
 * @param respectiveShared the words that, in the first subject of such a list, end what the subjects share
 *                   ({@code claims.yaml}'s {@code respective_shared}: the 申请 of "收到的申请中自然人、法人或其他组织")
 * @param respectiveActs the words that state what a subject of such a list does: an act of its own ("收到申请、依法
 *                   办结申请"), or one the subjects share as its ways ({@code claims.yaml}'s {@code respective_acts}:
 *                   the 收到 of "网上、当面、信函收到申请")
 * @param bodies     the body types of {@code bodies.yaml}, in the order they are tried
 * @param claimsFile the claims file, for problems found when its cells are resolved
 */
public record TextVocabulary(List<TopicSpec> topics, List<ClaimSpec> claims, List<String> respectiveUnits,
                             List<String> respectiveShared, List<String> respectiveActs, List<BodySpec> bodies,
                             Path claimsFile) {

    /** A vocabulary that finds nothing, for a rule set without a {@code text/} folder. */
    public static final TextVocabulary EMPTY = new TextVocabulary(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            Path.of("text/claims.yaml"));
}
