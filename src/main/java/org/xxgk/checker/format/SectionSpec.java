package org.xxgk.checker.format;

import java.util.List;

/**
 * One of the report's numbered sections as the format defines it.
 *
 * @param id       stable id, e.g. {@code s5}
 * @param number   the Chinese ordinal printed before the title, e.g. 五
 * @param title    the canonical title
 * @param variants other titles seen in real reports
 * @param order    position in the canonical order, from 1
 */
public record SectionSpec(String id, String number, String title, List<String> variants, int order) {
    /** The numerals parts are numbered with, first to tenth. */
    public static final String NUMERALS = "一二三四五六七八九十";

    /** The heading as the format prints it, e.g. "五、存在的主要问题及改进情况". */
    public String heading() {
        return number + "、" + title;
    }

    /** Hashes by id only: Drools hashes facts and the values of {@code from}, and a deep record hash is slow. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
