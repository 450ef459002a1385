package org.xxgk.checker.engine;

import org.xxgk.checker.report.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a section of the format stands among the report's sections, worked out in one pass over them: the first
 * section of the same part when this one repeats it, and the first section of a later part printed before it. The
 * order rule (STR-02) reads these rather than pairing every section with every other, which on a text of thousands
 * of headings would build millions of pairs and as many findings.
 *
 * @param section    a section the format knows
 * @param repeats    the first section of the same part, when this one is a repeat of it; else {@code null}
 * @param precededBy for a part's first section, the earliest section of a later part that stands before it; else
 *                   {@code null}
 */
public record SectionPlacement(Section section, Section repeats, Section precededBy) {

    /** The placement of each section the format knows, in the report's order. */
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
            placements.add(new SectionPlacement(section, first, precededBy));
        }
        return placements;
    }
}
