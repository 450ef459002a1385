package org.xxgk.checker.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Blank cells told by the gaps between values that runs of spaces align, as 表四's 15 cells on one line. */
class ValueWindowTest {
    private static ValueWindow.Alignment alignment(String printed) {
        TableLine line = CellSplitter.split(1, printed);
        return ValueWindow.alignment(line, line.values().size(), 15);
    }

    private static int[] blanksBefore(String printed) {
        ValueWindow.Alignment alignment = alignment(printed);
        assertThat(alignment.unknownFrom()).isEqualTo(-1);
        return alignment.blanksBefore();
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
    void placesLeftAlignedColumnsByWhereTheValuesStart() {
        assertThat(blanksBefore("8   4   12      24  0   0   0   0   0   2   0   1   1   4"))
                .containsExactly(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(blanksBefore("8   4   12      24                      2       1   1   4"))
                .containsExactly(0, 0, 0, 1, 5, 1, 0, 0);
    }

    @Test
    void placesRightAlignedColumnsByWhereTheValuesEndAndTakesNoLeadingSpacesForACell() {
        ValueWindow.Alignment alignment = alignment("   8   4  12   0  24   0   0   0   0   0   2       1   1   4");
        assertThat(alignment.indent()).isEqualTo(1);
        assertThat(alignment.blanksBefore()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0);
        assertThat(blanksBefore("   8   4  12      24   0   0   0   0   0   2   0   1   1   4"))
                .containsExactly(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void countsLeadingSpacesAsWideAsWholeCellsOfAGridAsBlankCells() {
        assertThat(blanksBefore("       4  12   0  24   0   0   0   0   0   2   0   1   1   4"))
                .containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(blanksBefore("    4   12  0   24  0   0   0   0   0   2   0   1   1   4"))
                .containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void leavesTheCellsUnknownFromTheFirstBlankWhenTheBlanksDoNotMakeUpTheCells() {
        assertThat(alignment("8  4  12    24            2    1  1").unknownFrom()).isEqualTo(3);
        assertThat(alignment("8   4   12      24  0   0   0   0   0   2   0   1   1").unknownFrom()).isEqualTo(3);
    }

    @Test
    void readsALineCellByCellWhenItsLeadingSpacesMayHoldBlankCellsThatDoNotMakeUpTheCells() {
        assertThat(alignment("    4  12    24")).isNull();
    }

    @Test
    void readsTheValuesInOrderAfterTheRightAlignedFirstValuesPadding() {
        ValueWindow.Alignment alignment = alignment("   8   4  12   0  24   0   0   0   0   0   2   0   1   1");
        assertThat(alignment.indent()).isEqualTo(1);
        assertThat(alignment.blanksBefore()).containsOnly(0);
        assertThat(alignment.unknownFrom()).isEqualTo(-1);
    }

    @Test
    void leavesThemUnknownFromTheFirstWideGapWhenNoAlignmentFits() {
        assertThat(alignment("8  4   12          24   0   0   0   0   0   2   0   1   1   4").unknownFrom())
                .isEqualTo(3);
    }

    @Test
    void findsNoneWhereTheGapsAreEvenOrVaryWithTheValuesWidths() {
        assertThat(alignment("8  4  12  0  24").blanksBefore()).containsOnly(0);
        assertThat(alignment("8  4  12  0  24").unknownFrom()).isEqualTo(-1);
        assertThat(alignment("8    4    12   0    24").blanksBefore()).containsOnly(0);
        assertThat(alignment("8    4    12   0    24").unknownFrom()).isEqualTo(-1);
    }

    @Test
    void findsNoneWhereTabsKeepTheBlankCells() {
        assertThat(alignment("8\t4\t12\t\t24")).isNull();
    }
}
