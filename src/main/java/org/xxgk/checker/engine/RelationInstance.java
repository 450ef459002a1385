package org.xxgk.checker.engine;

import java.util.List;
import java.util.Set;

/**
 * A relation of a relation table expanded for one format and one value of its {@code for_each}: the cells it adds
 * up on either side of its operator.
 *
 * @param rule     the id of the rule that reports it
 * @param key      unique name of this instance, e.g. {@code 2021:ARI-01/natural_person}
 * @param scope    what messages say it is about, e.g. "自然人列"
 * @param formatId the format it was expanded for
 * @param operator "=", "≥" or "≤"
 * @param left     the terms left of the operator
 * @param right    the terms right of the operator
 */
record RelationInstance(String rule, String key, String scope, String formatId, String operator, List<Term> left,
                        List<Term> right, Set<String> layouts) {

    /**
     * A relation instance; {@code layouts}, the layouts whose cells it reads ({@code t3}, or {@code t3} and
     * {@code t4}), is worked out here once.
     */
    RelationInstance(String rule, String key, String scope, String formatId, String operator, List<Term> left,
                     List<Term> right) {
        this(rule, key, scope, formatId, operator, left, right, Term.layoutsOf(left, right));
    }
}
