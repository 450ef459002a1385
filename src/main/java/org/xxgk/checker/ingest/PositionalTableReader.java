package org.xxgk.checker.ingest;

import org.xxgk.checker.format.CellSpec;
import org.xxgk.checker.format.Labels;
import org.xxgk.checker.format.TableLayout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a table whose values arrive as one run mapped by position onto its cells (表四: 15 numbers under a
 * three-level header). The run starts after the first header line and ends when the cells are filled or the text
 * turns to prose.
 */
final class PositionalTableReader implements TableReader {
    private final TableLayout layout;
    private final HeaderWords headerWords;

    PositionalTableReader(TableLayout layout) {
        this.layout = layout;
        this.headerWords = new HeaderWords(layout.headerWords());
    }

    @Override
    public TableLayout layout() {
        return layout;
    }

    @Override
    public TableDraft read(List<TableLine> lines) {
        TableDraft draft = new TableDraft(layout);
        List<CellSpec> cells = List.copyOf(layout.cells());
        List<String> values = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        boolean started = false;
        Set<String> headerWordsSeen = new HashSet<>();
        for (TableLine line : lines) {
            boolean header = line.labels().stream().anyMatch(headerWords::inLabel);
            if (!started) {
                // the header's words stand on one line, or (one cell per line) on lines of labels one after another,
                // blank lines between them aside; a line with values ("提起行政诉讼 4件") is no part of such a run
                if (line.cells().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                Set<String> words = headerWords(line);
                if (line.hasValues() || words.isEmpty()) {
                    headerWordsSeen.clear();
                }
                if (!line.hasValues()) {
                    headerWordsSeen.addAll(words);
                }
                if (Math.max(words.size(), headerWordsSeen.size()) < 2) {
                    continue;
                }
                started = true;
            }
            if (!line.hasValues()) {
                if (header) {
                    draft.touch(line.number());
                    continue;
                }
                if (!values.isEmpty() && !line.labels().isEmpty()) {
                    break;
                }
                continue;
            }
            for (int i = 0; i < line.values().size(); i++) {
                values.add(line.values().get(i));
                places.add(new int[] {line.valueLine(i), line.valueColumn(i)});
            }
            if (values.size() >= cells.size()) {
                break;
            }
        }
        // empty cells left by separators at either end of the run are no values, as long as there are too many
        while (values.size() > cells.size() && values.get(values.size() - 1).isEmpty()) {
            values.remove(values.size() - 1);
            places.remove(places.size() - 1);
        }
        while (values.size() > cells.size() && values.get(0).isEmpty()) {
            values.remove(0);
            places.remove(0);
        }
        draft.countValues(values.size());
        for (int i = 0; i < Math.min(values.size(), cells.size()); i++) {
            CellSpec cell = cells.get(i);
            draft.cell(cell, values.get(i), places.get(i)[0], places.get(i)[1]);
        }
        return draft;
    }

    /**
     * The header words a line of the table's header names; none for a sentence of prose (which may name 行政复议
     * and 行政诉讼 too). The header starts where two of them have been seen.
     */
    private Set<String> headerWords(TableLine line) {
        boolean prose = line.labels().stream().anyMatch(label -> label.contains("。") || label.contains("，"));
        if (prose) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        for (String word : headerWords.keys()) {
            if (line.labels().stream().anyMatch(label -> Labels.normalize(label).contains(word))) {
                words.add(word);
            }
        }
        return words;
    }
}
