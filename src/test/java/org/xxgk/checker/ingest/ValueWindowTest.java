package org.xxgk.checker.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Blank cells told by the gaps between values that runs of spaces separate. */
class ValueWindowTest {
    private static int[] blanksBefore(String printed) {
        TableLine line = CellSplitter.split(1, printed);
        return ValueWindow.blanksBefore(line, line.values().size());
    }

    @Test
    void countsTheBlankCellsInGapsTwiceOrMoreAsWideAsTheNarrowest() {
        assertThat(blanksBefore("8  4  12    24            2    1  1  4")).containsExactly(0, 0, 0, 1, 5, 1, 0, 0);
        assertThat(blanksBefore("8   4   12      24                  2      1   1   4"))
                .containsExactly(0, 0, 0, 1, 5, 1, 0, 0);
    }

    @Test
    void countsThemBetweenValuesSeparatedBySingleSpaces() {
        assertThat(blanksBefore("8 4 12  24      2  1 1 4")).containsExactly(0, 0, 0, 1, 5, 1, 0, 0);
    }

    @Test
    void leavesTheLinesLeadingSpacesAsTheyAre() {
        assertThat(blanksBefore("    4  12    24")).containsExactly(0, 0, 0, 1);
    }

    @Test
    void findsNoneWhereTheGapsAreEvenOrVaryWithTheValuesWidths() {
        assertThat(blanksBefore("8  4  12  0  24")).isNull();
        assertThat(blanksBefore("8    4    12   0    24")).isNull();
    }

    @Test
    void findsNoneWhereTabsKeepTheBlankCells() {
        assertThat(blanksBefore("8\t4\t12\t\t24")).isNull();
    }
}
