package org.xxgk.checker.format;

import java.util.List;
import java.util.Set;

/**
 * A column of a table layout.
 *
 * @param id         column id, the last part of a cell id (e.g. {@code natural_person})
 * @param label      canonical printed label
 * @param shortLabel the name used in messages
 * @param variants   other printed labels accepted for this column
 * @param group      the label of the enclosing header group, or empty
 * @param tags       group marks that relations refer to as {@code [tag]}
 * @param type       what the column's cells hold
 * @param unit       the unit the format fixes for the column's numbers (e.g. 万元), or "" where it fixes none
 */
public record ColumnSpec(String id, String label, String shortLabel, List<String> variants, String group,
                         Set<String> tags, ValueType type, String unit) {

    /** Hashes by id only: Drools hashes facts and the values of {@code from}, and a deep record hash is slow. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
