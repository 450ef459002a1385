package org.xxgk.checker.engine;

import java.util.List;

/**
 * What a cross-year rule could not compare, for one reason: the rules report it as not assessed rather than pass
 * in silence.
 *
 * @param rule   the id of the rule whose relations could not be evaluated
 * @param reason why, e.g. "上年报告按国办公开办函〔2019〕60号（试行）填报，没有表二“现行有效件数”"
 * @param scopes what could not be compared, e.g. 规章 and 行政规范性文件
 */
public record CrossYearGap(String rule, String reason, List<String> scopes) {
}
