package org.xxgk.checker.format;

import java.util.List;

/** A block of a {@link TableKind#BLOCKS} table: its caption (e.g. "第二十条第（一）项"), its columns and its rows. */
public record BlockSpec(String label, List<ColumnSpec> columns, List<RowSpec> rows) {

    /** Hashes by caption only: Drools hashes the values of {@code from}, and a deep record hash is slow. */
    @Override
    public int hashCode() {
        return label.hashCode();
    }
}
