package org.xxgk.checker.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A kind of number the prose states that a table also holds, e.g. "收到申请545件" for 表三 一、本年新收.
 *
 * @param id       the id
 * @param name     the name used in messages
 * @param rule     the rule that reports a claim the table contradicts
 * @param in       the sections to look in
 * @param patterns the compiled patterns, with named groups N (the number), P (a percentage), A and B (its operands)
 * @param requirements for each pattern, what a sentence must contain for the pattern to match (each entry: one
 *                 of its words), so that most sentences are passed over without running the pattern
 * @param openings for each pattern, the words one of which each of its matches starts with, or none when a match
 *                 may start elsewhere: the pattern is tried only where one of them stands
 * @param about    words of which the sentence, or the heading of the item it stands in, must hold one for the
 *                 sentence to speak of this claim's subject ("信息公开": not "受理行政许可申请12126件"); empty when any
 * @param elsewhere words that show a sentence speaks of something else ("行政许可"), whatever its item's heading says:
 *                 the file's shared ones and the claim's own
 * @param unless   words that, inside the matched text, show the number is not this claim ("其中予以公开4件")
 * @param unlessExcept longer words that an {@code unless} word standing inside says nothing against the claim
 *                 ("各类申请人" holds 各类申请 but names who applied, not applications of every kind): those of the
 *                 file's {@code unless_except} that hold one of this claim's {@code unless} words
 * @param noted    words of which the note right after the number must hold one ("568件（含上年结转23件）"), or
 *                 empty when the claim needs no note
 * @param unlessNoted words that, in the note right after the number, show the number is not this claim
 * @param unlessBefore words that, in the clause before the number, show the number is not this claim
 *                 ("行政复议、行政诉讼案件28件" counts both kinds of case, not the lawsuits alone): the file's shared
 *                 ones ("第四季度收到申请150件") and the claim's own
 * @param unlessEarlier words that, anywhere in the sentence before the number, show the number is not this claim: a
 *                 clause without its own subject continues an earlier one's ("行政诉讼案件4件，已办结27件")
 * @param compare  the cells the claim is compared with, as written in the file (parsed by the engine): one
 *                 expression, or one for each format whose tables differ ({@code t2.rules.issued},
 *                 {@code t2v19.rules.made}); for a ratio its denominator, empty when the text states it ({A})
 * @param numerator   a ratio's numerator cells, written as {@code compare} is, when the text states none ({B}:
 *                 "行政复议纠错率为20.8%"); else empty
 * @param alsoCompare a ratio's denominator by another common definition, written as {@code compare} is: the stated
 *                 percentage holds when it follows from either (纠错率 of the cases concluded, or of all); else empty
 * @param value    the number a claim without one states ("均获维持": 0), or {@code null}
 * @param tags     groups the claim belongs to
 * @param parts    groups of claims in the same sentence that should add up to this one
 * @param line     the line of the claim in its file, for problems
 */
public record ClaimSpec(String id, String name, String rule, List<String> in, List<Pattern> patterns,
                        List<List<List<String>>> requirements, List<List<String>> openings, List<String> about,
                        List<String> elsewhere, List<String> unless, List<String> unlessExcept, List<String> noted,
                        List<String> unlessNoted, List<String> unlessBefore, List<String> unlessEarlier, List<String> compare,
                        List<String> numerator, List<String> alsoCompare, BigDecimal value, List<String> tags,
                        List<String> parts, int line) {
}
