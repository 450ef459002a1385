package org.xxgk.checker.report;

import org.xxgk.checker.format.SectionSpec;

/**
 * A section of the report found by its heading.
 *
 * @param spec    the format's section this heading names, or {@code null} for a heading the format does not know
 * @param heading the heading as printed, without markdown marks
 * @param number  the number printed before its title, as the format numbers parts ("四" in "四、…" or "第四部分…"); ""
 *                when the heading has none
 * @param line    1-based line of the heading
 * @param body    the text under the heading up to the next section
 * @param index   position among the report's sections, from 0
 * @param retitled whether its title is unlike the format's and not one of its accepted variants: a title that only
 *                resembles it ("一、总体概况"), or a part known by its number and place ("一、基本情况")
 */
public record Section(SectionSpec spec, String heading, String number, int line, TextBlock body, int index,
                      boolean retitled) {

    /** The format's id of this section (e.g. {@code s5}), or "" for an unknown heading. */
    public String id() {
        return spec == null ? "" : spec.id();
    }

    /** Canonical position of the section, or 0 for an unknown heading. */
    public int order() {
        return spec == null ? 0 : spec.order();
    }

    /** Whether the heading names a part of the format under another part's number: "五、" over part 四's title. */
    public boolean misnumbered() {
        return spec != null && !number.isEmpty() && !number.equals(spec.number());
    }

    /** The number this section has when the report's own sections are counted ("三" for its third), or "". */
    public String ordinal() {
        return index < SectionSpec.NUMERALS.length() ? String.valueOf(SectionSpec.NUMERALS.charAt(index)) : "";
    }

    /** Hashes by heading and place only: Drools hashes the values of {@code from}, and a deep hash is slow. */
    @Override
    public int hashCode() {
        return 31 * heading.hashCode() + line;
    }
}
