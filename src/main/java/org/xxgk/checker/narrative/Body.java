package org.xxgk.checker.narrative;

import java.time.LocalDate;

/**
 * The type of body that wrote the report, as inferred from the name in its title, with the evidence.
 *
 * @param spec         the body type
 * @param organization the name it was inferred from
 * @param suffix       the ending of the name that decided
 */
public record Body(BodySpec spec, String organization, String suffix) {

    public String id() {
        return spec.id();
    }

    public String name() {
        return spec.name();
    }

    public boolean government() {
        return spec.government();
    }

    public boolean ruleMaking() {
        return spec.ruleMaking();
    }

    /** Whether the law sets a publication deadline for this type (乡镇 and 街道 follow local rules). */
    public boolean hasDeadline() {
        return spec.deadline() != null;
    }

    /** The publication deadline of a report on the given year, or {@code null}. */
    public LocalDate deadline(int reportYear) {
        return spec.deadline() == null ? null : spec.deadline().atYear(reportYear + 1);
    }
}
