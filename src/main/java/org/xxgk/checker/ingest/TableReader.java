package org.xxgk.checker.ingest;

import org.xxgk.checker.format.TableLayout;

import java.util.List;

/** Reads one table layout from the lines of the source where the table should stand. */
interface TableReader {

    TableLayout layout();

    /** The table as read in this reader's layout; an empty draft when nothing of it was found. */
    TableDraft read(List<TableLine> lines);

    /** The reader for a layout, by its kind. */
    static TableReader of(TableLayout layout) {
        return switch (layout.kind()) {
            case GRID -> new GridTableReader(layout);
            case BLOCKS -> new BlockTableReader(layout);
            case POSITIONAL -> new PositionalTableReader(layout);
        };
    }
}
