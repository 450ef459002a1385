package org.xxgk.checker.format;

import java.util.List;
import java.util.Set;

/**
 * A row of a table layout.
 *
 * @param id         row id, the middle part of a cell id (e.g. {@code results.denied.state_secret})
 * @param label      canonical printed label of the row itself, e.g. "1.属于国家秘密"
 * @param shortLabel the name used in messages
 * @param variants   other printed labels accepted for this row
 * @param groups     labels of the enclosing header groups, outermost first, e.g. ["三、本年度办理结果", "（三）不予公开"]
 * @param tags       group marks that relations refer to as {@code [tag]}
 * @param block      for block tables the block's index, else 0
 */
public record RowSpec(String id, String label, String shortLabel, List<String> variants, List<String> groups,
                      Set<String> tags, int block) {

    /** The printed label with its groups, e.g. "（三）不予公开 1.属于国家秘密", for messages that must be unambiguous. */
    public String fullLabel() {
        return groups.isEmpty() ? label : groups.get(groups.size() - 1) + " " + label;
    }

    /** Hashes by id only: Drools hashes facts and the values of {@code from}, and a deep record hash is slow. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
