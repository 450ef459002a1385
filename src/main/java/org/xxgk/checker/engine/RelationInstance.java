package org.xxgk.checker.engine;

import java.util.List;

/**
 * A relation of a relation table expanded for one format and one value of its {@code for_each}: the cells it adds
 * up on either side of its operator.
 *
 * @param rule     the id of the rule that reports it
 * @param key      unique name of this instance, e.g. {@code ARI-01/natural_person}
 * @param scope    what messages say it is about, e.g. "自然人列"
 * @param layoutId the table layout whose cells it reads, e.g. {@code t3}
 * @param operator "=", "≥" or "≤"
 * @param left     the terms left of the operator
 * @param right    the terms right of the operator
 */
record RelationInstance(String rule, String key, String scope, String layoutId, String operator, List<Term> left,
                        List<Term> right) {
}
