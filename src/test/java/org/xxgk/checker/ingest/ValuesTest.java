package org.xxgk.checker.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xxgk.checker.report.CellState;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells as reports print them, read as numbers, placeholders or text that stands where a number belongs. */
class ValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "545|NUMBER|545", "１２,１２６|NUMBER|12126", "25（件）|NUMBER|25", "-3|NUMBER|-3",
            "减少3|NUMBER|-3", "增加2|NUMBER|2", "减 12|NUMBER|-12", "增5|NUMBER|5",
            "−12|NUMBER|-12", "–3|NUMBER|-3", "—3|NUMBER|-3", "－3|NUMBER|-3", "9份|NUMBER|9", "466起|NUMBER|466",
            "545人|NUMBER|545", "12人次|NUMBER|12", "1.2126万|NUMBER|12126", "3万件|NUMBER|30000",
            "１．２１２６万|NUMBER|12126", "1.23456万|NUMBER|12345.6", "万件|TEXT|",
            "—|DASH|", "–|DASH|", "无|DASH|", "零|TEXT|", "一|DASH|", "1O|TEXT|", "减少|TEXT|", "—3—|TEXT|"})
    void readsACell(String printed, CellState state, BigDecimal value) {
        CellValue read = Values.parse(printed, "");

        assertThat(read.state()).isEqualTo(state);
        assertThat(read.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"1.2126×10⁴|NUMBER|12126", "1.2126x10^4|NUMBER|12126",
            "1.2126 × 10⁴|NUMBER|12126", "１．２１２６×１０＾４|NUMBER|12126", "1.2126×10⁴件|NUMBER|12126",
            "3X10²|NUMBER|300", "1,212.6*10^1|NUMBER|12126", "121260×10⁻¹|NUMBER|12126", "0×10³|NUMBER|0",
            "1.23456×10⁴|TEXT|", "1.2126×10⁻⁴|TEXT|", "1.2126×104|TEXT|", "1.2126×10|TEXT|", "2×3|TEXT|",
            "1×10⁹⁹|TEXT|", "×10⁴|TEXT|", "1.2126×10^|TEXT|"})
    void readsAPowerOfTenWhoseProductIsWholeAsThatNumber(String printed, CellState state, BigDecimal value) {
        CellValue read = Values.parse(printed, "");

        assertThat(read.state()).isEqualTo(state);
        assertThat(read.value()).isEqualTo(value);
        assertThat(Values.isValue(printed)).isEqualTo(state == CellState.NUMBER);
    }

    @ParameterizedTest(name = "{0} in a column in \"{1}\"")
    @CsvSource(delimiter = '|', value = {"1.2126万|''|12126|万", "3万件|''|30000|万件", "25件|''|25|件",
            "79.6954万|万元|79.6954|万", "1.2万元|万元|1.2|万元", "79.6954|万元|79.6954|''",
            "1386.52万元|''|13865200|万元", "1386.52万|''|13865200|万", "3.5（万元）|''|35000|万元"})
    void readsWanAsTenThousandOrAsTheColumnsUnit(String printed, String columnUnit, BigDecimal value, String unit) {
        CellValue read = Values.parse(printed, columnUnit);

        assertThat(read.state()).isEqualTo(CellState.NUMBER);
        assertThat(read.value()).isEqualTo(value);
        assertThat(read.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"545|true", "减少3|true", "零|true", "一|true", "两|true", "百|false", "—|true",
            "−12|true", "9份|true", "1.2126万|true", "3万件|true", "万件|false", "规章|false", "人次|false", "减少|false", "增加行政许可|false", "1. 属于国家秘密|false", "含电话申请2件|false"})
    void tellsAValueFromALabel(String printed, boolean value) {
        assertThat(Values.isValue(printed)).isEqualTo(value);
    }
}
