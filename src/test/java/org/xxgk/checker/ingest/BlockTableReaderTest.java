package org.xxgk.checker.ingest;

import org.junit.jupiter.api.Test;
import org.xxgk.checker.Checker;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.LabelDeviation;
import org.xxgk.checker.report.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 表二 as printed in the seed with a row label wrapped over two lines, a header cell wrapped, and a row printed in
 * parts by issuing level (each part under the row's label and a qualifier, or under its own label below the row's):
 * every row is read with its numbers, and only a label the format prints is put together.
 */
class BlockTableReaderTest {
    private static final Checker CHECKER = TestRules.checker();
    private static final String NORMATIVE = "行政规范性文件\t9\t7\t12";

    @Test
    void readsALabelWrappedBeforeItsNumbers() throws IOException {
        Table table = tableTwo(NORMATIVE, "行政规范性\n文件\t9\t7\t12");
        assertThat(values(table, "normative")).containsExactly("9", "7", "12");
        assertThat(table.missingRows()).isEmpty();
        assertThat(table.extras()).isEmpty();
        assertThat(table.deviations()).isEmpty();
    }

    @Test
    void readsALabelWrappedAfterItsNumbersWithoutTakingAPieceForAnotherRow() throws IOException {
        // "行政" alone resembles 行政处罚 as much as 行政强制: the line after it tells which
        Table table = tableTwo("行政强制\t0", "行政\t0\n强制");
        assertThat(table.cell("t2.coercion.decisions").raw()).isEqualTo("0");
        assertThat(table.cell("t2.punishment.decisions").raw()).isEqualTo("466");
        assertThat(table.missingRows()).isEmpty();
        assertThat(table.deviations()).isEmpty();
    }

    @Test
    void keepsAPieceThatMakesNoRowsLabelOutOfTheTable() throws IOException {
        Table table = tableTwo(NORMATIVE, "文件\t9\t7\t12");
        assertThat(table.missingRows()).extracting(row -> row.id()).containsExactly("normative");
        assertThat(table.extras()).extracting(extra -> extra.label()).containsExactly("文件");
    }

    @Test
    void readsAHeaderCellWrappedOntoTheNextLine() throws IOException {
        Table table = tableTwo("信息内容\t本年收费金额（单位：万元）", "信息内容\t本年收费金额（单\n位：万元）");
        assertThat(table.deviations()).isEmpty();
        assertThat(table.cell("t2.fees.amount_wan").raw()).isEqualTo("79.6954");
    }

    @Test
    void readsARowPrintedInPartsAsTheirSumAndReportsTheParts() throws IOException {
        Table table = tableTwo(NORMATIVE, "行政规范性文件（区政府）\t5\t3\t7\n行政规范性文件（区政府部门）\t4\t4\t5");
        Cell issued = table.cell("t2.normative.issued");
        assertThat(issued.value()).isEqualByComparingTo("9");
        assertThat(issued.raw()).isEqualTo("5+4");
        assertThat(table.cell("t2.normative.in_force").value()).isEqualByComparingTo("12");
        assertThat(table.extras()).isEmpty();
        assertThat(table.deviations()).extracting(LabelDeviation::printed)
                .containsExactly("行政规范性文件（区政府）＋行政规范性文件（区政府部门）");
    }

    @Test
    void readsARowPrintedOnceWithAQualifierAsTheRow() throws IOException {
        Table table = tableTwo(NORMATIVE, "行政规范性文件（区政府）\t9\t7\t12");
        assertThat(values(table, "normative")).containsExactly("9", "7", "12");
        assertThat(table.deviations()).extracting(LabelDeviation::printed).containsExactly("行政规范性文件（区政府）");
    }

    @Test
    void leavesAPartPrintedTwiceUnsummed() throws IOException {
        Table table = tableTwo(NORMATIVE, "行政规范性文件（区政府）\t5\t3\t7\n行政规范性文件（区政府）\t4\t4\t5");
        assertThat(values(table, "normative")).containsExactly("5", "3", "7");
        assertThat(table.extras()).hasSize(1);
    }

    @Test
    void readsARowPrintedInPartsUnderItsLabelAsTheirSum() throws IOException {
        Table table = tableTwo(NORMATIVE, "行政规范性文件\n  区级\t5\t3\t7\n  部门\t4\t4\t5");
        assertThat(table.cell("t2.normative.issued").raw()).isEqualTo("5+4");
        assertThat(table.cell("t2.normative.in_force").value()).isEqualByComparingTo("12");
        assertThat(table.extras()).isEmpty();
        assertThat(table.deviations()).extracting(LabelDeviation::printed).containsExactly("行政规范性文件：区级＋部门");
    }

    @Test
    void readsATotalNamedByItsWordAloneBelowThePartsAsTheRow() throws IOException {
        Table table = tableTwo(NORMATIVE, "行政规范性文件\n区级\t5\t3\t7\n部门\t4\t4\t5\n合计\t9\t7\t11");
        assertThat(values(table, "normative")).containsExactly("9", "7", "11");
        assertThat(table.extras()).extracting(extra -> extra.label()).containsExactly("区级", "部门");
        assertThat(table.deviations()).isEmpty();
    }

    @Test
    void leavesALabelAloneOverTheNextRowBlank() throws IOException {
        Table table = tableTwo("规章\t0\t0\t0", "规章");
        assertThat(values(table, "rules")).containsExactly("", "", "");
        assertThat(values(table, "normative")).containsExactly("9", "7", "12");
        assertThat(table.extras()).isEmpty();
        assertThat(table.deviations()).isEmpty();
    }

    private static Table tableTwo(String printed, String instead) throws IOException {
        String seed = Files.readString(TestRules.SEED);
        assertThat(seed).contains(printed);
        return CHECKER.check(seed.replace(printed, instead), "seed").report().table("t2");
    }

    private static List<String> values(Table table, String row) {
        return table.cellsInRow(row).stream().map(Cell::raw).toList();
    }
}
