package org.xxgk.checker.narrative;

import java.util.List;

/**
 * The words of {@code claims.yaml} that hold for the figures of every claim: how figures listed one for each subject
 * are paired with them, which figures are no exact count, and which lists of parts go on past their last figure.
 *
 * @param respectiveUnits  the units of figures listed one for each subject listed before them ({@code respective_units}:
 *                         "行政复议、行政诉讼案件24件、4件")
 * @param respectiveShared the words that, in the first subject of such a list, end what the subjects share
 *                         ({@code respective_shared}: the 申请 of "收到的申请中自然人、法人或其他组织")
 * @param respectiveActs   the words that state what a subject of such a list does: an act of its own ("收到申请、依法
 *                         办结申请"), or one the subjects share as its ways ({@code respective_acts}: the 收到 of "网上、
 *                         当面、信函收到申请")
 * @param respectiveActNames the words that, right after an act, make it part of a name rather than an act
 *                         ({@code respective_act_names}: the 平台 of "网上受理平台")
 * @param respectiveThings the words that make an earlier subject of such a list a thing counted, not a way
 *                         ({@code respective_things}: the 数量 of "政府信息公开申请数量、依法办结数量")
 * @param respectiveRates  the names of rates that, ending the last of subjects listed before as many percentages, make
 *                         each percentage its subject's rate ({@code respective_rates}: the 纠错率 of "行政复议、行政诉讼的
 *                         纠错率分别为20.8%、0%")
 * @param approximateBefore the words that, right before a figure, say it is no exact count ({@code approximate_before}:
 *                         "约550件")
 * @param approximateAfter the words that, right after what a claim matched, say its figure is no exact count
 *                         ({@code approximate_after}: "550件左右")
 * @param openList         the words that, right after a figure or the bracket noting it, say the list of parts it ends
 *                         goes on ({@code open_list}: "无法提供185件等", "不予公开127件（占22.8%）等")
 * @param countingUnits    the units the claims' patterns count their figures in ("件", "起"): a count written in
 *                         Chinese numerals before one is read as its figure ("五百五十件")
 * @param numeralNotCountedAfter the words after which a numeral is no count ({@code numeral_not_counted_after}: the
 *                         第 of "第二十一条", the 几 of "几十件")
 * @param numeralWords     the numerals that, alone before a unit, are a word of their own rather than a count
 *                         ({@code numeral_words}: the 一 of "一起", "一件事一次办")
 * @param comparedYearBefore the words that, right before a year, make it the year compared with rather than one the
 *                         text speaks of ({@code compared_year_before}: the 较 of "较2023年增长12%")
 * @param comparedYearAfter the words that, right after a year's 年 or 年度, do so when one of {@code comparedYearWith}
 *                         stands right before the year ({@code compared_year_after}: the 相比 of "与2023年相比")
 * @param comparedYearWith the words before a year that a {@code comparedYearAfter} word needs ({@code compared_year_with}:
 *                         the 与 of "与2023年相比"; in "2023年相比上年" the year is no year compared with)
 */
public record FigureWords(List<String> respectiveUnits, List<String> respectiveShared, List<String> respectiveActs,
                          List<String> respectiveActNames, List<String> respectiveThings, List<String> respectiveRates,
                          List<String> approximateBefore, List<String> approximateAfter, List<String> openList,
                          List<String> countingUnits, List<String> numeralNotCountedAfter, List<String> numeralWords,
                          List<String> comparedYearBefore, List<String> comparedYearAfter,
                          List<String> comparedYearWith) {

    /** No words: figures are read alone, each as exact. */
    public static final FigureWords NONE = new FigureWords(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());
}
