package org.xxgk.checker.http;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.multipart.MultipartForm;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.Checker;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.format.TableLayout;
import org.xxgk.checker.render.FactsRenderer;
import org.xxgk.checker.render.JsonRenderer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's endpoints and error answers, each answer held to openapi.yaml. */
@ExtendWith(VertxExtension.class)
class CheckServiceTest {
    private static final String CHECK = "/api/v1/check";
    private static final String MUTANT = TestRules.seed().replace("\n8\t4\t12\t0\t24\t", "\n8\t4\t12\t0\t25\t");
    private static final int BODY_LIMIT = 256 * 1024;

    private static ServiceClient http;
    private static Checker checker;

    @BeforeAll
    static void start(Vertx vertx) {
        http = ServiceClient.start(vertx, ServiceOptions.defaults(TestRules.RULES).withBodyLimit(BODY_LIMIT));
        checker = http.service().rules().current().checker();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void answersAPlainTextReportWithTheContractEntryOfTheLibrary() {
        HttpResponse<Buffer> response = http.postText(CHECK, MUTANT);

        JsonObject expected = new JsonObject(new JsonRenderer(checker.ruleSet())
                .entry(checker.check(MUTANT.getBytes(StandardCharsets.UTF_8), "request", CheckOptions.DEFAULT)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(response.getHeader("Xxgk-Rules-Sha256")).isEqualTo(checker.ruleSet().sha256());
        assertThat(response.bodyAsJsonObject()).isEqualTo(expected);
        assertThat(response.bodyAsJsonObject().getString("verdict")).isEqualTo("FAIL");
        assertThat(response.bodyAsJsonObject().getJsonArray("findings").getJsonObject(0).getString("message"))
                .isEqualTo("表四行政复议：8+4+12+0=24 ≠ 总计 25");
    }

    @Test
    void checksAnUploadedGbkFileUnderItsName() {
        Buffer gbk = Buffer.buffer(MUTANT.getBytes(Charset.forName("GBK")));
        HttpResponse<Buffer> response = http.postForm(CHECK + "?published=2025-01-20",
                MultipartForm.create().binaryFileUpload("file", "老城区2024年报.txt", gbk, "text/plain"));

        JsonObject entry = response.bodyAsJsonObject();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(entry.getString("source")).isEqualTo("老城区2024年报.txt");
        assertThat(entry.getJsonObject("report").getString("organization")).isEqualTo("老城区人民政府");
        assertThat(ruleIds(entry)).contains("ARI-04");
    }

    @Test
    void comparesAnUploadedReportWithLastYearsUploadedBesideIt() throws IOException {
        Path pair = Path.of("fixtures/rules/XC-01");
        Buffer thisYear = Buffer.buffer(Files.readAllBytes(pair.resolve("fail-carryover-column.txt")));
        Buffer lastYear = Buffer.buffer(Files.readAllBytes(pair.resolve("fail-carryover-column.previous.txt")));

        HttpResponse<Buffer> compared = http.postForm(CHECK, MultipartForm.create()
                .binaryFileUpload("file", "2024.txt", thisYear, "text/plain")
                .binaryFileUpload("previous", "2023.txt", lastYear, "text/plain"));
        HttpResponse<Buffer> alone = http.postForm(CHECK,
                MultipartForm.create().binaryFileUpload("file", "2024.txt", thisYear, "text/plain"));
        HttpResponse<Buffer> twoPrevious = http.postForm(CHECK, MultipartForm.create()
                .binaryFileUpload("file", "2024.txt", thisYear, "text/plain")
                .binaryFileUpload("previous", "2023.txt", lastYear, "text/plain")
                .binaryFileUpload("previous", "2022.txt", lastYear, "text/plain"));

        assertThat(compared.statusCode()).isEqualTo(200);
        assertThat(compared.bodyAsJsonObject().getString("source")).isEqualTo("2024.txt");
        assertThat(messages(compared.bodyAsJsonObject())).contains(
                "XC-01 表三（商业企业列）：本年“上年结转”2件，与上一年度年报《青山县交通运输局2023年政府信息公开工作年度报告》“结转下年度继续办理”1件不一致");
        assertThat(messages(alone.bodyAsJsonObject())).anyMatch(message -> message.startsWith("XC-01 未提供上一年度的年报"))
                .noneMatch(message -> message.contains("与上一年度年报"));
        HttpResponse<Buffer> previousAsText = http.postForm(CHECK, MultipartForm.create()
                .binaryFileUpload("file", "2024.txt", thisYear, "text/plain").attribute("previous", lastYear.toString()));
        assertThat(previousAsText.statusCode()).isEqualTo(400);
        assertThat(previousAsText.bodyAsJsonObject().getString("error")).contains("应作为文件上传");
        assertThat(twoPrevious.statusCode()).isEqualTo(400);
        assertThat(twoPrevious.bodyAsJsonObject().getString("error")).isEqualTo("上一年度年报（previous）只能上传一份");
    }

    @Test
    void checksTheJsonOfTheReportModel() {
        String facts = new FactsRenderer().render(checker.check(MUTANT, "text").report());

        HttpResponse<Buffer> response = http.post(CHECK + "?source=model.json", "application/json", Buffer.buffer(facts));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.bodyAsJsonObject().getString("source")).isEqualTo("model.json");
        assertThat(ruleIds(response.bodyAsJsonObject())).contains("ARI-04");
    }

    @Test
    void checksTheModelOfACorrectReportAsItsTextAndPassesIt() {
        String seed = TestRules.seed();
        JsonObject asText = http.postText(CHECK + "?include=facts", seed).bodyAsJsonObject();
        JsonObject facts = (JsonObject) asText.remove("facts");

        // the facts command's output, and the facts of a check's answer: both are the model, text and all
        HttpResponse<Buffer> printed = http.post(CHECK, "application/json",
                Buffer.buffer(new FactsRenderer().render(checker.check(seed, "text").report())));
        HttpResponse<Buffer> answered = http.post(CHECK, "application/json", Buffer.buffer(facts.encode()));

        assertThat(asText.getString("verdict")).isEqualTo("PASS");
        assertThat(printed.statusCode()).isEqualTo(200);
        assertThat(printed.bodyAsJsonObject()).isEqualTo(asText);
        assertThat(answered.bodyAsJsonObject()).isEqualTo(asText);
        assertThat(facts.getJsonArray("sections").getJsonObject(0).getString("text")).startsWith("(一) 主动公开：");
    }

    @Test
    void refusesAModelWithoutThePartsText() {
        JsonObject facts = new JsonObject(new FactsRenderer().render(checker.check(TestRules.seed(), "text").report()));
        facts.getJsonArray("sections").getJsonObject(0).remove("text");

        HttpResponse<Buffer> response = http.post(CHECK, "application/json", Buffer.buffer(facts.encode()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.bodyAsJsonObject().getString("error")).isEqualTo(
                "报告模型有误：sections[0] 缺少 text：报告模型须带各部分的文字（facts 命令的输出带有）；没有文字的部分写 \"\"");
    }

    @Test
    void checksAPdfFileSentAsItIsOrUploaded() throws IOException {
        JsonObject text = wrongTotalChecked();
        Buffer pdf = wrongTotal("-pdf", "pdf");

        HttpResponse<Buffer> sent = http.post(CHECK, "application/pdf", pdf);
        HttpResponse<Buffer> uploaded = http.postForm(CHECK,
                MultipartForm.create().binaryFileUpload("file", "老城区2024年报.pdf", pdf, "application/pdf"));

        assertThat(List.of(sent, uploaded)).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
            assertThat(messages(response.bodyAsJsonObject())).isEqualTo(messages(text)).isNotEmpty();
            assertThat(response.bodyAsJsonObject().getJsonArray("findings").getJsonObject(0).getJsonArray("cells")
                    .getJsonObject(0).getInteger("table")).isEqualTo(3);
        });
    }

    @Test
    void bytesSentAsAPdfWithoutItsHeaderAreSaidToBeNoPdf() throws IOException {
        Buffer noise = Buffer.buffer(Files.readAllBytes(Path.of("fixtures/rules/INPUT-02/fail-random-bytes-named-pdf.pdf")));

        HttpResponse<Buffer> sent = http.post(CHECK, "application/pdf", noise);
        HttpResponse<Buffer> uploaded = http.postForm(CHECK,
                MultipartForm.create().binaryFileUpload("file", "年报.PDF", noise, "application/octet-stream"));
        // named a PDF by the source parameter only, as the command line names a file
        HttpResponse<Buffer> named = http.post(CHECK + "?source=report.pdf", "application/octet-stream", noise);
        HttpResponse<Buffer> uploadNamed = http.postForm(CHECK + "?source=report.pdf",
                MultipartForm.create().binaryFileUpload("file", "noise.bin", noise, "application/octet-stream"));
        HttpResponse<Buffer> unnamed = http.post(CHECK, "application/octet-stream", noise);

        assertThat(List.of(sent, uploaded, named, uploadNamed)).allSatisfy(response -> assertThat(messages(response.bodyAsJsonObject()))
                .containsExactly("INPUT-02 文件无法作为年报读取（不是有效的 PDF 文件（没有 %PDF- 文件头））；可检查的是文本、网页（.html）、Word（.docx、.doc）和有文字的 PDF 文件"));
        assertThat(messages(unnamed.bodyAsJsonObject()).get(0)).contains("既不是 UTF-8 也不是 GB18030 编码的文字");
    }

    @Test
    void aWord97FileNamedAPdfIsCheckedAndAnImageNamedAPdfIsToldWhatItIs() throws IOException {
        // an old .doc file uploaded as itself, an image sent as a PDF, both named a PDF by the source parameter
        byte[] png = new byte[256];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);

        HttpResponse<Buffer> doc = http.postForm(CHECK + "?source=x.pdf", MultipartForm.create()
                .binaryFileUpload("file", "a.doc", wrongTotal("-doc", "doc"), "application/msword"));
        HttpResponse<Buffer> image = http.post(CHECK + "?source=x.pdf", "application/pdf", Buffer.buffer(png));

        assertThat(messages(doc.bodyAsJsonObject())).isEqualTo(messages(wrongTotalChecked())).isNotEmpty();
        assertThat(messages(image.bodyAsJsonObject())).singleElement().asString()
                .contains("图片文件").doesNotContain("PDF 文件（");
    }

    @Test
    void checksAPublishedWebPageOrWordFileSentAsItIs() throws IOException {
        JsonObject text = wrongTotalChecked();
        Buffer page = wrongTotal("-html", "html");
        Buffer word = wrongTotal("-docx", "docx");

        // the page states in its information bar that it was published on 2025-01-20, where the text states nothing
        JsonObject textAsPublished = http.postText(CHECK + "?published=2025-01-20",
                Files.readString(Path.of("fixtures/reports/2024-laocheng-wrong-total.txt"))).bodyAsJsonObject();

        HttpResponse<Buffer> html = http.post(CHECK, "text/html; charset=utf-8", page);
        HttpResponse<Buffer> docx = http.post(CHECK,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", word);
        HttpResponse<Buffer> bytes = http.post(CHECK, "application/octet-stream", word);
        HttpResponse<Buffer> doc = http.post(CHECK, "application/msword", wrongTotal("-doc", "doc"));

        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(messages(html.bodyAsJsonObject())).isEqualTo(messages(textAsPublished)).isNotEmpty();
        assertThat(List.of(docx, bytes, doc)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(messages(response.bodyAsJsonObject())).isEqualTo(messages(text)).isNotEmpty();
        });
        assertThat(List.of(docx, doc)).allSatisfy(word97OrNot -> assertThat(word97OrNot.bodyAsJsonObject()
                .getJsonArray("findings").getJsonObject(0).getJsonArray("cells").getJsonObject(0).getInteger("table"))
                .isEqualTo(3));
    }

    @Test
    void checksAMarkdownReportLikeText() throws IOException {
        Buffer markdown = Buffer.buffer(Files.readAllBytes(Path.of("fixtures/reports/2024-laocheng-wrong-total.txt")));

        HttpResponse<Buffer> response = http.post(CHECK, "text/markdown; charset=utf-8", markdown);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(messages(response.bodyAsJsonObject())).isEqualTo(messages(wrongTotalChecked())).isNotEmpty();
    }

    /** The wrong-total fixture as text, checked. */
    private static JsonObject wrongTotalChecked() throws IOException {
        return http.postText(CHECK, Files.readString(Path.of("fixtures/reports/2024-laocheng-wrong-total.txt")))
                .bodyAsJsonObject();
    }

    /** The wrong-total fixture's twin in fixtures/reports{folderEnding}, e.g. the PDF one. */
    private static Buffer wrongTotal(String folderEnding, String ending) throws IOException {
        return Buffer.buffer(Files.readAllBytes(Path.of("fixtures/reports" + folderEnding + "/2024-laocheng-wrong-total." + ending)));
    }

    private static List<String> messages(JsonObject entry) {
        return entry.getJsonArray("findings").stream().map(JsonObject.class::cast)
                .map(finding -> finding.getString("ruleId") + " " + finding.getString("message")).toList();
    }

    @Test
    void includesTheFactsOnlyWhenAskedAndLeavesTheEntryAsItIs() {
        JsonObject plain = http.postText(CHECK, MUTANT).bodyAsJsonObject();
        JsonObject withFacts = http.postText(CHECK + "?include=facts", MUTANT).bodyAsJsonObject();

        JsonObject facts = (JsonObject) withFacts.remove("facts");
        assertThat(withFacts).isEqualTo(plain);
        assertThat(plain.containsKey("facts")).isFalse();
        JsonObject t4 = facts.getJsonArray("tables").stream().map(JsonObject.class::cast)
                .filter(table -> table.getString("id").equals("t4")).findFirst().orElseThrow();
        assertThat(t4.getJsonObject("cells").getJsonObject("t4.review.total").getInteger("value")).isEqualTo(25);
    }

    @Test
    void theFactsNameASecondReportTheTextHolds() throws IOException {
        String twoReports = Files.readString(Path.of("fixtures/rules/INPUT-06/fail-second-copy-titled-without-a-year.txt"));

        JsonObject facts = http.postText(CHECK + "?include=facts", twoReports).bodyAsJsonObject().getJsonObject("facts");

        assertThat(facts.getJsonObject("secondReport").getString("title")).isEqualTo("老城区人民政府政府信息公开工作年度报告");
        assertThat(facts.getJsonObject("secondReport").getInteger("line")).isPositive();
    }

    @Test
    void answersTheResultAsOneHtmlFileWithTheEntryAndFactsEmbedded() {
        HttpResponse<Buffer> page = http.postText(CHECK + "/page?source=laocheng.txt", MUTANT);
        HttpResponse<Buffer> badDate = http.postText(CHECK + "/page?published=2025-13-01", MUTANT);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.getHeader("Content-Type")).isEqualTo("text/html; charset=utf-8");
        String html = page.bodyAsString();
        String data = html.substring(html.indexOf("window.XXGK_EMBEDDED = ") + 23, html.indexOf(";</script>"));
        JsonObject embedded = new JsonObject(data);
        JsonObject result = embedded.getJsonObject("result");
        assertThat(result.getString("source")).isEqualTo("laocheng.txt");
        assertThat(result.getJsonArray("findings").getJsonObject(0).getString("message"))
                .isEqualTo("表四行政复议：8+4+12+0=24 ≠ 总计 25");
        assertThat(result.getJsonObject("facts").getJsonArray("tables")).hasSize(3);
        assertThat(embedded.getJsonArray("formats")).isNotEmpty();
        assertThat(embedded.getJsonObject("ruleSet").getString("sha256")).isEqualTo(checker.ruleSet().sha256());
        assertThat(embedded.getString("generatedAt")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(html).contains("<title>检查结果：老城区人民政府 2024 年政府信息公开工作年度报告</title>", "default-src 'none'")
                .doesNotContain("<script src=", "<link rel=\"stylesheet\"");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.bodyAsJsonObject().getString("error")).contains("published");
    }

    @Test
    void refusesAMalformedPublicationDateOrInclude() {
        HttpResponse<Buffer> date = http.postText(CHECK + "?published=2025-13-01", MUTANT);
        HttpResponse<Buffer> include = http.postText(CHECK + "?include=everything", MUTANT);

        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(date.bodyAsJsonObject().getString("error")).contains("published", "2025-13-01");
        assertThat(include.statusCode()).isEqualTo(400);
        assertThat(include.bodyAsJsonObject().getString("error")).contains("include");
    }

    @Test
    void appliesADeploymentProfileAndSkippedRules() {
        JsonObject skipped = http.postText(CHECK + "?skip=ARI-04", MUTANT).bodyAsJsonObject();
        HttpResponse<Buffer> profiled = http.postText(CHECK + "?profile=example-province", MUTANT);
        HttpResponse<Buffer> unknownProfile = http.postText(CHECK + "?profile=nowhere", MUTANT);
        HttpResponse<Buffer> unknownRule = http.postText(CHECK + "?skip=ARI-99", MUTANT);

        assertThat(ruleIds(skipped)).doesNotContain("ARI-04");
        assertThat(skipped.getString("verdict")).isEqualTo("PASS");
        assertThat(profiled.statusCode()).isEqualTo(200);
        assertThat(ruleIds(profiled.bodyAsJsonObject())).contains("ARI-04");
        assertThat(unknownProfile.statusCode()).isEqualTo(400);
        assertThat(unknownProfile.bodyAsJsonObject().getString("error")).startsWith("规则集中没有配置“nowhere”");
        assertThat(unknownRule.statusCode()).isEqualTo(400);
        assertThat(unknownRule.bodyAsJsonObject().getString("error")).isEqualTo("要跳过的规则编号“ARI-99”不存在");
    }

    @Test
    void answers413ToABodyOverTheLimit() {
        Buffer large = Buffer.buffer(new byte[BODY_LIMIT + 1]);

        HttpResponse<Buffer> text = http.post(CHECK, "text/plain", large);
        HttpResponse<Buffer> upload = http.postForm(CHECK,
                MultipartForm.create().binaryFileUpload("file", "large.txt", large, "text/plain"));

        assertThat(text.statusCode()).isEqualTo(413);
        assertThat(text.bodyAsJsonObject().getString("error")).isEqualTo("请求正文超过上限 256 KB");
        assertThat(upload.statusCode()).isEqualTo(413);
    }

    @Test
    void answers413ToACompressedBodyThatIsOverTheLimitOnceDecompressed() throws IOException {
        // a few kilobytes that inflate to more than the limit: refused without inflating it all
        Buffer bomb = Buffer.buffer(gzip(new byte[BODY_LIMIT * 8]));

        HttpResponse<Buffer> response = http.raw(HttpMethod.POST, CHECK,
                Map.of("Content-Type", "text/plain", "Content-Encoding", "gzip"), bomb);

        assertThat(bomb.length()).isLessThan(BODY_LIMIT / 16);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.bodyAsJsonObject().getString("error")).isEqualTo("请求正文解压后超过上限 256 KB");
    }

    @Test
    void answers400ToABodyThatCannotBeDecompressedAsItsContentEncodingSays() throws IOException {
        byte[] zipped = gzip(MUTANT.getBytes(StandardCharsets.UTF_8));
        Map<String, String> gzip = Map.of("Content-Type", "text/plain", "Content-Encoding", "gzip");

        HttpResponse<Buffer> notGzip = http.raw(HttpMethod.POST, CHECK, gzip, Buffer.buffer(MUTANT));
        HttpResponse<Buffer> notDeflate = http.raw(HttpMethod.POST, CHECK,
                Map.of("Content-Type", "text/plain", "Content-Encoding", "deflate"), Buffer.buffer(MUTANT));
        // cut short: not a report in some other encoding, but an upload that did not arrive whole
        HttpResponse<Buffer> truncated = http.raw(HttpMethod.POST, CHECK, gzip,
                Buffer.buffer(Arrays.copyOf(zipped, zipped.length / 2)));

        assertThat(List.of(notGzip, truncated)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.bodyAsJsonObject().getString("error")).startsWith("请求正文无法按 gzip 解压");
        });
        assertThat(notDeflate.statusCode()).isEqualTo(400);
        assertThat(notDeflate.bodyAsJsonObject().getString("error")).startsWith("请求正文无法按 deflate 解压");
    }

    @Test
    void answers400ToAFormWithoutItsClosingBoundary() {
        // complete as sent, but its last part never ends: no upload may be left waiting for the rest
        Buffer unterminated = Buffer.buffer("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + MUTANT);

        HttpResponse<Buffer> response = http.post(CHECK, "multipart/form-data; boundary=XYZ", unterminated);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.bodyAsJsonObject().getString("error")).isEqualTo("表单不完整：缺少结束分隔行“--XYZ--”");
    }

    @Test
    void refusesAParameterItDoesNotKnow() {
        HttpResponse<Buffer> misspelt = http.postText(CHECK + "?profle=example-province", MUTANT);
        HttpResponse<Buffer> formField = http.postForm(CHECK, MultipartForm.create().attribute("skips", "ARI-04")
                .binaryFileUpload("file", "a.txt", Buffer.buffer(MUTANT), "text/plain"));
        // the page is drawn with the facts always: include is no parameter of it
        HttpResponse<Buffer> onPage = http.postText(CHECK + "/page?include=facts", MUTANT);

        assertThat(List.of(misspelt, formField, onPage)).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(400));
        assertThat(misspelt.bodyAsJsonObject().getString("error"))
                .isEqualTo("未知参数“profle”（可用：published、profile、skip、include、source）");
        assertThat(formField.bodyAsJsonObject().getString("error")).startsWith("未知参数“skips”");
        assertThat(onPage.bodyAsJsonObject().getString("error")).isEqualTo("未知参数“include”（可用：published、profile、skip、source）");
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(bytes);
        }
        return zipped.toByteArray();
    }

    @Test
    void answers415ToAContentTypeThatIsNoReport() {
        HttpResponse<Buffer> xml = http.post(CHECK, "application/xml", Buffer.buffer("<report/>"));
        HttpResponse<Buffer> none = http.post(CHECK, null, Buffer.buffer(MUTANT));

        assertThat(xml.statusCode()).isEqualTo(415);
        assertThat(xml.bodyAsJsonObject().getString("error")).startsWith("不支持的内容类型“application/xml”");
        assertThat(none.statusCode()).isEqualTo(415);
    }

    @Test
    void answers400ToAnEmptyBodyMalformedJsonOrAFormWithoutAFile() {
        HttpResponse<Buffer> empty = http.post(CHECK, "text/plain", Buffer.buffer());
        HttpResponse<Buffer> malformed = http.post(CHECK, "application/json", Buffer.buffer("{\"title\": "));
        HttpResponse<Buffer> notAModel = http.post(CHECK, "application/json", Buffer.buffer("[1, 2]"));
        HttpResponse<Buffer> textInJson = http.post(CHECK, "application/json",
                Buffer.buffer(new JsonObject().put("text", MUTANT).encode()));
        HttpResponse<Buffer> noBoundary = http.post(CHECK, "multipart/form-data", Buffer.buffer(MUTANT));
        HttpResponse<Buffer> noFile = http.postForm(CHECK, MultipartForm.create().attribute("published", "2025-01-20"));
        MultipartForm crowded = MultipartForm.create();
        for (int field = 0; field < 300; field++) {
            crowded.attribute("note" + field, "x");
        }
        crowded.binaryFileUpload("file", "a.txt", Buffer.buffer(MUTANT), "text/plain");
        List<Integer> crowdedStatuses = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            crowdedStatuses.add(http.postForm(CHECK, crowded).statusCode());
        }

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.bodyAsJsonObject().getString("error")).contains("正文为空");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.bodyAsJsonObject().getString("error")).startsWith("报告模型有误：JSON 无法解析（第 1 行");
        assertThat(notAModel.statusCode()).isEqualTo(400);
        assertThat(textInJson.statusCode()).isEqualTo(400);
        assertThat(textInJson.bodyAsJsonObject().getString("error")).startsWith("报告模型有误：没有“text”这一项");
        assertThat(noBoundary.statusCode()).isEqualTo(400);
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(noFile.bodyAsJsonObject().getString("error")).isEqualTo("表单中没有上传的文件");
        // more form fields than the body reader takes: a 400 every time, never a 500 when the upload is cancelled
        assertThat(crowdedStatuses).containsOnly(400);
    }

    @Test
    void takesWhatCarefulClientsSendAndRefusesTheRestWithJson() throws IOException {
        Buffer report = Buffer.buffer(MUTANT);
        HttpResponse<Buffer> upperCase = http.raw(HttpMethod.POST, CHECK, Map.of("Content-Type", "Text/Plain ; charset=UTF-8"), report);
        HttpResponse<Buffer> gzipped = http.raw(HttpMethod.POST, CHECK,
                Map.of("Content-Type", "text/plain", "Content-Encoding", "gzip"), Buffer.buffer(gzip(MUTANT.getBytes(StandardCharsets.UTF_8))));
        HttpResponse<Buffer> brotli = http.raw(HttpMethod.POST, CHECK,
                Map.of("Content-Type", "text/plain", "Content-Encoding", "br"), report);
        HttpResponse<Buffer> badEscape = http.raw(HttpMethod.POST, CHECK + "?published=%zz", Map.of("Content-Type", "text/plain"), report);
        HttpResponse<Buffer> twoDates = http.raw(HttpMethod.POST, CHECK + "?published=2025-01-20&published=2025-02-01",
                Map.of("Content-Type", "text/plain"), report);
        HttpResponse<Buffer> signedDate = http.raw(HttpMethod.POST, CHECK + "?published=%2B2025-01-20",
                Map.of("Content-Type", "text/plain"), report);
        HttpResponse<Buffer> twoSkips = http.raw(HttpMethod.POST, CHECK + "?skip=ARI-04&skip=XC-08",
                Map.of("Content-Type", "text/plain"), report);
        String model = new FactsRenderer().render(checker.check(MUTANT, "mutant").report());
        HttpResponse<Buffer> utf16Model = http.raw(HttpMethod.POST, CHECK, Map.of("Content-Type", "application/json"),
                Buffer.buffer(("\uFEFF" + model).getBytes(StandardCharsets.UTF_16LE)));
        HttpResponse<Buffer> longAddress = http.raw(HttpMethod.POST, CHECK + "?source=" + "a".repeat(9000),
                Map.of("Content-Type", "text/plain"), report);
        HttpResponse<Buffer> trailing = http.raw(HttpMethod.POST, CHECK, Map.of("Content-Type", "application/json"),
                Buffer.buffer("{\"year\": 2024} xx"));
        HttpResponse<Buffer> head = http.raw(HttpMethod.HEAD, "/health", Map.of(), null);
        HttpResponse<Buffer> put = http.raw(HttpMethod.PUT, CHECK, Map.of(), null);

        assertThat(ruleIds(upperCase.bodyAsJsonObject())).contains("ARI-04");
        assertThat(ruleIds(gzipped.bodyAsJsonObject())).contains("ARI-04");
        assertThat(brotli.statusCode()).isEqualTo(415);
        assertThat(brotli.bodyAsJsonObject().getString("error")).startsWith("不支持的内容编码“br”");
        assertThat(badEscape.statusCode()).isEqualTo(400);
        assertThat(badEscape.bodyAsJsonObject().getString("error")).contains("无法解码");
        assertThat(twoDates.bodyAsJsonObject().getString("error")).isEqualTo("参数 published 只能给出一次");
        assertThat(signedDate.statusCode()).isEqualTo(400);
        assertThat(ruleIds(twoSkips.bodyAsJsonObject())).doesNotContain("ARI-04", "XC-08");
        assertThat(ruleIds(utf16Model.bodyAsJsonObject())).contains("ARI-04");
        assertThat(longAddress.statusCode()).isEqualTo(414);
        assertThat(longAddress.bodyAsJsonObject().getString("error")).isEqualTo("请求地址过长");
        assertThat(trailing.statusCode()).isEqualTo(400);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isNull();
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.getHeader("Allow")).isEqualTo("POST");
    }

    @Test
    void answersJson404And405() {
        HttpResponse<Buffer> unknown = http.get("/api/v1/nothing");
        HttpResponse<Buffer> wrongMethod = http.get(CHECK);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.bodyAsJsonObject().getString("error")).isEqualTo("没有这个地址：/api/v1/nothing");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.getHeader("Content-Type")).startsWith("application/json");
    }

    @Test
    void listsEveryRuleWithItsMetadata() {
        JsonObject body = http.get("/api/v1/rules").bodyAsJsonObject();

        JsonArray rules = body.getJsonArray("rules");
        assertThat(rules).hasSize(checker.ruleSet().rules().size());
        assertThat(body.getJsonObject("ruleSet").getString("sha256")).isEqualTo(checker.ruleSet().sha256());
        JsonObject ari04 = rules.stream().map(JsonObject.class::cast)
                .filter(rule -> rule.getString("id").equals("ARI-04")).findFirst().orElseThrow();
        assertThat(ari04.getString("severity")).isEqualTo("ERROR");
        assertThat(ari04.getString("title")).isEqualTo("表四行政复议分项之和等于总计");
        assertThat(ari04.getString("file")).isEqualTo("arithmetic/ARI-04.drl");
        assertThat(body.getJsonArray("profiles").getJsonObject(0).getString("id")).isEqualTo("example-province");
    }

    @Test
    void describesEveryCellOfEveryLayout() {
        JsonArray formats = http.get("/api/v1/formats").bodyAsJsonObject().getJsonArray("formats");

        for (Object format : formats) {
            for (Object table : ((JsonObject) format).getJsonArray("tables")) {
                JsonObject layout = (JsonObject) table;
                TableLayout expected = checker.ruleSet().formats().byId(((JsonObject) format).getString("id"))
                        .flatMap(definition -> checker.ruleSet().formats().layoutWithId(definition, layout.getString("id")))
                        .orElseThrow();
                assertThat(cellIds(layout)).as(expected.toString())
                        .isEqualTo(new TreeSet<>(expected.cells().stream().map(cell -> cell.id()).toList()));
            }
        }
    }

    @Test
    void isHealthyWithTheRuleSetItChecksWith() {
        HttpResponse<Buffer> response = http.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.bodyAsJsonObject().getString("status")).isEqualTo("UP");
        assertThat(response.bodyAsJsonObject().getJsonObject("ruleSet").getInteger("rules"))
                .isEqualTo(checker.ruleSet().rules().size());
    }

    @Test
    void servesThePageAndEverythingItNeedsItself() {
        HttpResponse<Buffer> page = http.get("/");
        String script = http.get("/app.js").bodyAsString();
        String style = http.get("/app.css").bodyAsString();

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.getHeader("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(page.getHeader("Content-Security-Policy")).startsWith("default-src 'self'");
        assertThat(page.bodyAsString()).contains("<title>政府信息公开工作年度报告检查</title>", "src=\"app.js\"");
        for (String file : new String[] {page.bodyAsString(), script, style}) {
            assertThat(file).doesNotContain("http://", "https://", "//cdn", "@import", "url(");
        }
    }

    @Test
    void documentsEveryRouteInOpenApiAndNoOther() {
        JsonObject paths = ServiceClient.openApi().getJsonObject("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach(path -> ((JsonObject) path.getValue()).fieldNames()
                .forEach(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        Set<String> routed = new TreeSet<>();
        for (Route route : http.service().router().getRoutes()) {
            if (route.getPath() != null && route.methods() != null) {
                route.methods().forEach(method -> routed.add(method.name() + " " + route.getPath()));
            }
        }
        // HEAD goes with GET (RFC 9110): every GET route answers it, and OpenAPI need not list it
        Set<String> heads = new TreeSet<>();
        routed.removeIf(route -> route.startsWith("HEAD ") && heads.add(route.substring(5)));

        assertThat(heads).containsExactlyInAnyOrderElementsOf(documented.stream().filter(route -> route.startsWith("GET "))
                .map(route -> route.substring(4)).toList());
        assertThat(routed).isEqualTo(documented);
        assertThat(http.get("/api/v1/openapi.yaml").bodyAsString()).startsWith("openapi: 3.1.0");
    }

    private static Set<String> ruleIds(JsonObject entry) {
        Set<String> ids = new HashSet<>();
        entry.getJsonArray("findings").forEach(finding -> ids.add(((JsonObject) finding).getString("ruleId")));
        return ids;
    }

    private static Set<String> cellIds(JsonObject layout) {
        Set<String> ids = new TreeSet<>();
        JsonArray blocks = layout.getJsonArray("blocks", new JsonArray().add(layout));
        for (Object block : blocks) {
            for (Object row : ((JsonObject) block).getJsonArray("rows")) {
                for (Object column : ((JsonObject) block).getJsonArray("columns")) {
                    ids.add(layout.getString("id") + "." + ((JsonObject) row).getString("id") + "."
                            + ((JsonObject) column).getString("id"));
                }
            }
        }
        return ids;
    }
}
