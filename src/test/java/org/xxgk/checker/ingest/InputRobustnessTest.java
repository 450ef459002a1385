package org.xxgk.checker.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.Severity;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.Verdict;
import org.xxgk.checker.report.Cell;
import org.xxgk.checker.report.Table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad and unusual input gets a finding that says what is wrong, never a crash and never a silent pass. */
class InputRobustnessTest {
    private static final Checker CHECKER = TestRules.checker();
    private static final String SEED = TestRules.clean();
    private static final String MUTANT = SEED.replace("\n8\t4\t12\t0\t24\t", "\n8\t4\t12\t0\t25\t");

    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "GBK", "UTF-16LE", "UTF-16BE"})
    void theSameReportInAnotherEncodingGivesTheSameFindings(String encoding) {
        for (String text : List.of(SEED, MUTANT)) {
            CheckResult utf8 = CHECKER.check(text.getBytes(StandardCharsets.UTF_8), "utf-8", CheckOptions.DEFAULT);
            CheckResult other = CHECKER.check(text.getBytes(Charset.forName(encoding)), encoding, CheckOptions.DEFAULT);

            assertThat(other.report().title()).isEqualTo("老城区人民政府 2024 年政府信息公开工作年度报告");
            assertThat(other.findings()).isEqualTo(utf8.findings());
        }
        assertThat(aboveInfo(CHECKER.check(MUTANT.getBytes(Charset.forName(encoding)), encoding, CheckOptions.DEFAULT)))
                .extracting(Finding::ruleId).containsExactly("ARI-04", "XC-08");
    }

    @Test
    void byteOrderMarksAreRecognisedAndDropped() {
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SEED.getBytes(StandardCharsets.UTF_8));
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SEED.getBytes(StandardCharsets.UTF_16LE));

        for (byte[] bytes : List.of(withBom, utf16)) {
            CheckResult result = CHECKER.check(bytes, "bom", CheckOptions.DEFAULT);
            assertThat(result.verdict()).isEqualTo(Verdict.PASS);
            assertThat(result.report().title()).startsWith("老城区人民政府");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\t\n", "\uFEFF"})
    void emptyInputIsReportedAsEmpty(String text) {
        CheckResult result = CHECKER.check(text.getBytes(StandardCharsets.UTF_8), "empty", CheckOptions.DEFAULT);

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("INPUT-01");
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    /**
     * A note under 表二 with its mark in a cell of its own ("※ | 数据截至…") is no row: the table is read as without
     * it. The mark, no label, once left the line with no label when the note was taken for a remark, and the check
     * failed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"※", "*", "::", "1."})
    void aNoteUnderTable2WithItsMarkInACellOfItsOwnIsNoRow(String mark) {
        String noted = SEED.replace("\n行政强制\t0\t\t\n", "\n行政强制\t0\t\t\n" + mark + "\t数据截至2024年12月31日\n");
        assertThat(noted).isNotEqualTo(SEED);

        CheckResult plain = CHECKER.check(SEED, "seed");
        CheckResult result = CHECKER.check(noted, "noted");

        assertThat(printed(result.report().tables())).isEqualTo(printed(plain.report().tables()));
        assertThat(result.findings()).extracting(Finding::ruleId)
                .isEqualTo(plain.findings().stream().map(Finding::ruleId).toList());
    }

    /** Each table's cells as printed, by cell id: what was read, wherever it stands. */
    private static List<Map<String, String>> printed(List<Table> tables) {
        return tables.stream().map(table -> table.cellList().stream().collect(Collectors.toMap(Cell::id, Cell::raw)))
                .toList();
    }

    @Test
    void binaryInputIsReportedAsNotText() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, random);
        byte[] docx = concat(new byte[] {'P', 'K', 3, 4}, random);

        for (byte[] bytes : List.of(random, png, docx)) {
            CheckResult result = CHECKER.check(bytes, "binary", CheckOptions.DEFAULT);
            assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("INPUT-02");
        }
        assertThat(CHECKER.check(docx, "docx", CheckOptions.DEFAULT).findings().get(0).message()).contains("ZIP");
    }

    @Test
    void aFileOverTheLimitIsNotReadButReportedAsTooLarge(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }

        CheckResult result = CHECKER.check(huge);

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("INPUT-03");
        assertThat(result.findings().get(0).message()).contains("50.0 MB");
    }

    @Test
    void aStreamOverTheLimitIsCutAtTheLimitAndReportedAsTooLarge() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        CheckResult result = CHECKER.check(endless, "stream", CheckOptions.DEFAULT.withMaxBytes(1024 * 1024));

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("INPUT-03");
    }

    @Test
    void aSentenceListingThousandsOfFiguresIsReadWithoutRunningOutOfStack() {
        StringBuilder subjects = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            subjects.append(i == 0 ? "" : "、").append("第").append(i).append("类申请");
            numbers.append(i == 0 ? "" : "、").append(i).append("件");
        }
        String list = "收到的政府信息公开申请中" + subjects + "分别为" + numbers + "。\n";
        String report = SEED.replaceFirst("一、总体情况\n", "一、总体情况\n" + list);

        // a regex that recursed once per listed figure overflowed the stack (at 1,000 figures before the JIT had
        // compiled it), and the whole batch was lost
        assertThat(CHECKER.check(report, "list").report().readable()).isTrue();
    }

    @Test
    void textWithoutTablesLacksAllThreeTables() {
        String prose = SEED.lines().filter(line -> !line.contains("\t")).reduce("", (a, b) -> a + b + "\n");

        CheckResult result = CHECKER.check(prose, "prose");

        assertThat(result.findings()).extracting(Finding::ruleId).contains("STR-03", "STR-04", "STR-05")
                .noneMatch(id -> id.startsWith("ARI"));
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aReportCutOffInTheMiddleOfTable3LacksTheRestWithoutFalseSums() throws IOException {
        String cut = SEED.substring(0, SEED.indexOf('\n', SEED.indexOf("8. 属于行政查询事项")));

        CheckResult result = CHECKER.check(new ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8)), "cut",
                CheckOptions.DEFAULT);

        assertThat(result.findings()).extracting(Finding::ruleId)
                .contains("STR-01", "STR-05", "STR-07")
                .doesNotContain("ARI-01", "ARI-02", "ARI-04");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("STR-07")).hasSize(25 - 12);
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("STR-01"))
                .extracting(Finding::message).anyMatch(message -> message.contains("第四部分"));
    }

    @Test
    void extraColumnsAndSubtotalRowsAreLeftOutOfTheSums() {
        String extra = SEED.replace("\n一、本年新收政府信息公开申请数量\t\t545\t0\t0\t0\t0\t0\t545\t",
                        "\n一、本年新收政府信息公开申请数量\t\t545\t0\t0\t0\t0\t0\t545\t999\t")
                .replace("\n(七) 总计", "\n小计\t\t400\t0\t0\t0\t0\t0\t400\n(七) 总计");

        CheckResult result = CHECKER.check(extra, "extra");

        assertThat(result.findings()).extracting(Finding::ruleId).contains("STR-22", "STR-22");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("STR-22")).hasSize(2);
        assertThat(aboveInfo(result)).isEmpty();
    }

    @Test
    void dashesAndBlanksAreNotZeroButCountAsZeroInSums() {
        String dashes = SEED.replace("\n8\t4\t12\t0\t24\t0\t0\t0\t0\t0\t", "\n8\t4\t12\t—\t24\t/\t\t-\t0\t0\t");

        CheckResult result = CHECKER.check(dashes, "dashes");

        assertThat(result.findings()).extracting(Finding::ruleId).contains("STR-13", "ARI-14");
        assertThat(aboveInfo(result)).extracting(Finding::ruleId).containsExactly("STR-13");
        assertThat(aboveInfo(result).get(0).cells()).hasSize(4).allMatch(cell -> cell.value() == null);
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aTextOfThousandsOfRepeatedHeadingsGetsTheFirstFindingsOfEachRuleAndTheCountOfTheRest() {
        // pairing every heading with every other once built millions of findings here and ran out of memory; one
        // finding per repeat made a 9.5 MB text's JSON 120 MB
        String headings = SEED + "\n" + "一、总体情况\n二、主动公开政府信息情况\n".repeat(3000);

        CheckResult result = CHECKER.check(headings, "headings");

        List<Finding> repeats = result.findings().stream().filter(f -> f.ruleId().equals("STR-02")).toList();
        assertThat(repeats).hasSize(200 + 1);
        assertThat(repeats.subList(0, 200)).allMatch(f -> f.message().contains("重复出现"));
        assertThat(repeats.get(200).message()).isEqualTo("另有5800处同类问题，未逐一列出（同一规则最多列出200处）");
        assertThat(repeats.get(200).severity()).isEqualTo(repeats.get(0).severity());
    }

    @Test
    void aLabelWrappedOverTwoLinesIsReadAfterAnyLengthOfProseAboveTheTable() throws IOException {
        String wrapped = java.nio.file.Files.readString(Path.of("fixtures/parse/spaces-wrapped-labels.txt"));
        String heading = "三、收到和处理政府信息公开申请情况\n";
        // lines without values are gathered as the possible start of the next row's label, now only as much as a label
        // can be long: 3,000 lines of prose used to be joined and matched whole (25 s for 32,000 lines)
        String prose = wrapped.replace(heading, heading + "本年度认真做好依申请公开工作，规范办理流程，提高答复质量。\n".repeat(3000));

        assertThat(rawCells(CHECKER.check(prose, "prose").report().table("t3")))
                .isEqualTo(rawCells(CHECKER.check(wrapped, "wrapped").report().table("t3")))
                .containsEntry("t3.results.partial.natural_person", "0").hasSize(175);
    }

    private static java.util.Map<String, String> rawCells(org.xxgk.checker.report.Table table) {
        java.util.Map<String, String> cells = new java.util.LinkedHashMap<>();
        table.cellList().forEach(cell -> cells.put(cell.id(), cell.raw()));
        return cells;
    }

    @Test
    void aDeviceWithoutEndIsReadOnlyUpToTheLimit() throws IOException {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(zero), "needs /dev/zero");

        // it has no size to compare with the limit: it used to be read until memory ran out
        CheckResult result = CHECKER.check(zero, CheckOptions.DEFAULT.withMaxBytes(1024 * 1024));

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("INPUT-03");
    }

    private static List<Finding> aboveInfo(CheckResult result) {
        return result.findings().stream().filter(finding -> finding.severity() != Severity.INFO).toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
