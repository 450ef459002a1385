package org.xxgk.checker.ingest;

import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.Checker;
import org.xxgk.checker.Finding;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.format.PortalWords;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Word 97–2003 files read as .docx files are. POI cannot write a .doc file: {@code word97-shown-text.doc} (in the
 * test resources beside this class) was made once from {@code word97-shown-text.docx} there, written by hand to hold
 * what Word shows and does not (numbered and bulleted lists, hidden and deleted text, a field, a raised note mark,
 * merged cells, a table of one column), with LibreOffice 7.4 (Debian package libreoffice-writer-nogui):
 * {@code soffice --headless --convert-to doc word97-shown-text.docx}. The twins of the text reports are made alike
 * ({@link TwinFixturesTest#DOC}).
 */
class DocSourceTest {
    private static final Checker CHECKER = TestRules.checker();
    private static final Path RESOURCES = Path.of("src/test/resources/org/xxgk/checker/ingest");
    private static final Path TWIN = TwinFixturesTest.DOC.resolve("2024-laocheng.doc");

    @Test
    void readsTheTextWordShowsAsTheDocxFileItWasSavedFromIsRead() throws Exception {
        String doc = DocSource.read(Files.readAllBytes(RESOURCES.resolve("word97-shown-text.doc"))).text();
        String docx = DocxSource.read(Files.readAllBytes(RESOURCES.resolve("word97-shown-text.docx")),
                ReportReader.DEFAULT_MAX_BYTES, List.of(), new PublicationDates(List.of()), PortalWords.NONE).text();

        assertThat(doc.lines()).containsExactly(
                "老城区人民政府2024年政府信息公开工作年度报告",
                // numbered by the list, in Chinese counting
                "一、总体情况",
                "二、主动公开政府信息情况",
                // a bullet is no number
                "要点",
                // neither the hidden nor the deleted text
                "可见文字",
                // a hyperlink's text, not its field code
                "见链接。",
                // a raised note mark is no digit of the value
                "本年新收545件",
                // a non-breaking hyphen, a line break
                "2024-1",
                "第二行",
                "",
                // a cell merged down two rows and one merged across two columns
                "纵向\t横向\t",
                "\t1\t2",
                "甲\t3\t4",
                "",
                // a table of one column only lays out the page: its cells are paragraphs
                "一列的表格只排版：",
                "版面甲",
                "版面乙",
                "结束");
        assertThat(doc).isEqualTo(docx);
    }

    @Test
    void theTablesOfAReportSavedAsDocReadAsTheDocxOnesWithTheirMergedCells() throws Exception {
        String doc = DocSource.read(Files.readAllBytes(TWIN)).text();
        String docx = DocxSource.read(Files.readAllBytes(TwinGenerator.DOCX.resolve("2024-laocheng.docx")),
                ReportReader.DEFAULT_MAX_BYTES, List.of(), new PublicationDates(List.of()), PortalWords.NONE).text();

        assertThat(doc).isEqualTo(docx);
        // 表四's head: 行政复议 across five columns, its results merged down two rows
        assertThat(doc.lines()).contains("行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t",
                "\t\t\t\t\t" + "结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t".repeat(2).strip());
    }

    @Test
    void aDocProtectedByAPasswordCannotBeOpened() throws IOException {
        byte[] locked = TwinGenerator.encryptedDoc(Files.readAllBytes(TWIN), "xxgk");

        assertThat(findings(locked)).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("INPUT-04");
            assertThat(finding.message()).contains("文件设有打开密码");
        });
    }

    @Test
    void aTruncatedDocIsNoReadableFileAndADocWithAGarbledStreamIsDamaged() throws IOException {
        byte[] doc = Files.readAllBytes(TWIN);
        // the text's character positions and formatting, all bytes 0xFF
        byte[] garbled = withStream(doc, "1Table", stream -> Arrays.fill(stream, (byte) 0xFF));

        for (int length : List.of(doc.length / 2, doc.length - 512, 4096)) {
            // the compound file's directory lacks sectors: what it held cannot be told
            assertThat(input02(Arrays.copyOf(doc, length))).as("cut to %d bytes", length)
                    .contains("Office 97–2003 二进制文件（OLE2 复合文档），但不完整或已损坏");
        }
        assertThat(findings(garbled)).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("INPUT-04");
            assertThat(finding.message()).contains("Word .doc 文件已损坏");
        });
    }

    @Test
    void aWord95FileAnExcelWorkbookOrAnotherCompoundFileIsToldWhatItIs() throws IOException {
        assertThat(input02(word95(Files.readAllBytes(TWIN)))).contains("Word 95 或更早版本的 .doc 文件");
        assertThat(input02(TwinGenerator.workbook("年报"))).contains("Excel 97–2003 工作簿（.xls），不是 Word 文档");
        assertThat(input02(compoundFile("Contents"))).contains("OLE2 复合文档），其中没有 Word 文档");
    }

    private static List<Finding> findings(byte[] bytes) {
        return CHECKER.check(bytes, "report.doc", CheckOptions.DEFAULT).findings();
    }

    /** The message of the one finding bytes that are no report get (INPUT-02). */
    private static String input02(byte[] bytes) {
        List<Finding> findings = findings(bytes);
        assertThat(findings).extracting(Finding::ruleId).containsExactly("INPUT-02");
        return findings.get(0).message();
    }

    /** A Word 97 file marked as written by Word 95 (nFib 104, the second word of its FIB), as HWPF tells them apart. */
    private static byte[] word95(byte[] doc) throws IOException {
        return withStream(doc, "WordDocument", stream -> {
            stream[2] = 104;
            stream[3] = 0;
        });
    }

    /** A compound file with one of its streams changed. */
    private static byte[] withStream(byte[] file, String name, Consumer<byte[]> change) throws IOException {
        try (POIFSFileSystem compound = new POIFSFileSystem(new ByteArrayInputStream(file));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] stream;
            try (DocumentInputStream in = compound.createDocumentInputStream(name)) {
                stream = in.readAllBytes();
            }
            change.accept(stream);
            compound.getRoot().createOrUpdateDocument(name, new ByteArrayInputStream(stream));
            compound.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A compound file with one stream of the given name. */
    private static byte[] compoundFile(String stream) throws IOException {
        try (POIFSFileSystem file = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            file.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
            file.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
