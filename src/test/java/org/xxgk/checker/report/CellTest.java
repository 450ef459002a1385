package org.xxgk.checker.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** What a cell's number says beyond its value. */
class CellTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"79.6954,4", "79.69541,5", "79.69540,4", "79.695400,4", "79.0,0", "100,0"})
    void countsTheDecimalsThatCarryPrecision(String printed, int decimals) {
        Cell cell = new Cell(null, printed, CellState.NUMBER, new BigDecimal(printed), "", Location.line(1));

        assertThat(cell.decimals()).isEqualTo(decimals);
    }
}
