package org.xxgk.checker.report;

import org.xxgk.checker.format.BlockSpec;
import org.xxgk.checker.format.ColumnSpec;

/** A column of one block of a table made of blocks (表二), e.g. “本年废止件数” of “第二十条第（一）项”. */
public record BlockColumn(BlockSpec block, ColumnSpec column) {

    /** Hashes by labels only: Drools hashes the values of {@code from}, and a deep record hash is slow. */
    @Override
    public int hashCode() {
        return 31 * block.label().hashCode() + column.label().hashCode();
    }
}
