package org.xxgk.checker.format;

import java.util.List;

/**
 * The words by which a table read by position tells a row or column its format lacks (a total, a remark) from its
 * own: a positional table's {@code total_words}, {@code remark_words}, {@code sum_words} and {@code group_words} in
 * format.yaml, as written; a table of blocks reads {@code total_words} alone.
 *
 * @param total  words of a row or column that totals the table's cells ("合计", "行政诉讼合计"); in a table of blocks,
 *               the only list it reads, words that make a row's line printed below its parts the row's total
 *               ("行政规范性文件（合计）")
 * @param remark words of a remark row or column ("备注")
 * @param sum    words that, with {@code total}'s, make a line whose values sum the groups read a total row even when
 *               it names groups ("总计", "行政复议和行政诉讼合计")
 * @param group  words of the table's groups, however a report names them ("复议后提起诉讼"): a line whose label holds
 *               one and no total or sum word is a group whatever its values
 */
public record ExtraLineWords(List<String> total, List<String> remark, List<String> sum, List<String> group) {
    /** A grid needs none: a line that no label of its names is extra. */
    public static final ExtraLineWords NONE = new ExtraLineWords(List.of(), List.of(), List.of(), List.of());

    public ExtraLineWords {
        total = List.copyOf(total);
        remark = List.copyOf(remark);
        sum = List.copyOf(sum);
        group = List.copyOf(group);
    }
}
