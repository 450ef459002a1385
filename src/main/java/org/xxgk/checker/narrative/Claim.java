package org.xxgk.checker.narrative;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number the prose states, e.g. "共收到依申请公开事项545件": which kind of claim, the number, the sentence.
 *
 * @param spec     what kind of claim it is
 * @param value    the number stated ({@code {N}} or the spec's value), or for a percentage its operand B;
 *                 {@code null} for a percentage whose numerator the tables give ({@link ClaimSpec#numerator})
 * @param percent  the percentage stated ({@code {P}}), or {@code null}
 * @param base     the stated denominator ({@code {A}}), or {@code null}
 * @param endsOpenList whether the list of parts its figure ends goes on past it ("无法提供185件等"): the parts named
 *                 are not all there are
 * @param sentence the sentence
 */
public record Claim(ClaimSpec spec, BigDecimal value, BigDecimal percent, BigDecimal base, boolean endsOpenList,
                    Sentence sentence) {

    public String id() {
        return spec.id();
    }

    public String name() {
        return spec.name();
    }

    public String rule() {
        return spec.rule();
    }

    public List<String> tags() {
        return spec.tags();
    }

    /** Whether the claim is one of the parts that, in the same sentence, should add up to {@code total}. */
    public boolean isPartOf(Claim total) {
        return total != this && total.sentence().index() == sentence.index()
                && tags().stream().anyMatch(total.spec().parts()::contains);
    }

    public int line() {
        return sentence.line();
    }

    public String excerpt() {
        return sentence.excerpt();
    }
}
