package org.xxgk.checker.engine;

import java.util.Map;

/**
 * A relation between last year's report and this year's, for one value of its {@code for_each}, resolved for every
 * pair of formats the two reports may follow: for each pair, either its cells or why it cannot be evaluated.
 *
 * @param rule              the id of the rule that reports it
 * @param scope             what messages say it is about, e.g. "自然人列"
 * @param table             the table this year's cells stand in ({@code t3})
 * @param tableName         how messages name that table ("表三")
 * @param previousTable     the table last year's cells stand in
 * @param previousTableName how messages name that table
 * @param instances         the relation's cells for each pair of formats ({@link #pair}) that has them all
 * @param gaps              for every other pair, the cell one of the formats lacks, in words
 */
record CrossYearRelation(String rule, String scope, String table, String tableName, String previousTable,
                         String previousTableName, Map<String, RelationInstance> instances, Map<String, String> gaps) {

    /** The key of a pair of formats: this year's, then last year's. */
    static String pair(String formatId, String previousFormatId) {
        return formatId + "/" + previousFormatId;
    }
}
