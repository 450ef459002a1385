package org.xxgk.checker.engine;

import org.xxgk.checker.report.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A section of the format out of place among the report's sections, found in one pass over them: the first section
 * of the same part when this one repeats it, or the first section of a later part printed before it. The order rule
 * (STR-02) reads these rather than pairing every section with every other, which on a text of thousands of
 * headings would build millions of pairs and as many findings.
 *
 * @param section    a section the format knows
 * @param repeats    the first section of the same part, when this one is a repeat of it; else {@code null}
 * @param precededBy for a part's first section, the earliest section of a later part that stands before it; else
 *                   {@code null}
 */
public record SectionPlacement(Section section, Section repeats, Section precededBy) {

    /**
     * The sections out of place, in the report's order: those that repeat a part or follow a later part. A report in
     * order has none, and its rule phase inserts nothing for them.
     */
    static List<SectionPlacement> of(List<Section> sections) {
        List<SectionPlacement> placements = new ArrayList<>();
        // the first section of each part met so far; a format has a handful of parts
        Map<Integer, Section> firstOfPart = new LinkedHashMap<>();
        for (Section section : sections) {
            if (section.order() <= 0) {
                continue;
            }
            Section first = firstOfPart.putIfAbsent(section.order(), section);
            Section precededBy = null;
            if (first == null) {
                for (Section earlier : firstOfPart.values()) {
                    if (earlier.order() > section.order() && (precededBy == null || earlier.index() < precededBy.index())) {
                        precededBy = earlier;
                    }
                }
            }
            if (first != null || precededBy != null) {
                placements.add(new SectionPlacement(section, first, precededBy));
            }
        }
        return placements;
    }
}
