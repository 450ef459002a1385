package org.xxgk.checker.http;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xxgk.checker.TestRules;
import org.xxgk.checker.cli.Main;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in a real browser, Debian's headless Chromium driven by Selenium: upload the seed report with one number
 * changed and see exactly that cell marked, its relation and clause on selecting it, and the same in the downloaded
 * copy opened with the service gone, and in a batch's page of the same report, reached from the batch's summary.
 * Skipped without Chromium unless {@code XXGK_BROWSER_TEST=required} (as in CI).
 */
@ExtendWith(VertxExtension.class)
class PageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String CHANGED_CELL = "t4.review.total";
    private static final String MUTANT = TestRules.seed().replace("\n8\t4\t12\t0\t24\t", "\n8\t4\t12\t0\t25\t");

    @Test
    void marksExactlyTheChangedCellAlsoInTheDownloadedCopy(Vertx vertx, @TempDir Path temp) throws Exception {
        requireBrowser();
        Path report = temp.resolve("老城区2024年报.txt");
        Files.writeString(report, MUTANT, StandardCharsets.UTF_8);
        Path downloads = Files.createDirectories(temp.resolve("downloads"));
        WebDriver browser = chromium(temp.resolve("profile"), downloads);
        try {
            try (ServiceClient http = ServiceClient.start(vertx, ServiceOptions.defaults(TestRules.RULES))) {
                browser.get("http://127.0.0.1:" + http.service().port() + "/");
                browser.findElement(By.id("report-file")).sendKeys(report.toString());
                browser.findElement(By.id("check-button")).click();
                waitFor(browser, () -> !browser.findElements(By.id("verdict-word")).isEmpty());

                assertMarked(browser);
                browser.findElement(By.cssSelector("td[data-cell='" + CHANGED_CELL + "']")).click();
                assertThat(browser.findElement(By.id("detail")).getText())
                        .contains("表四行政复议：8+4+12+0=24 ≠ 总计 25", "按勾稽关系应为 24，表中为 25",
                                "国办公开办函〔2021〕30号 表四");

                browser.findElement(By.id("download")).click();
                waitFor(browser, () -> downloaded(downloads) != null);
            }
            Path copy = downloaded(downloads);
            // The service is gone and the copy's own policy forbids loading anything: it must carry all it shows.
            assertThat(Files.readString(copy, StandardCharsets.UTF_8)).contains("default-src 'none'", "<style>");
            browser.get(copy.toUri().toString());
            waitFor(browser, () -> !browser.findElements(By.id("verdict-word")).isEmpty());
            assertMarked(browser);
            assertThat(browser.findElement(By.id("input")).isDisplayed()).isFalse();
        } finally {
            browser.quit();
        }
    }

    @Test
    void comparesPastedTextWithLastYearsReportChosenBesideIt(Vertx vertx, @TempDir Path temp) throws Exception {
        requireBrowser();
        Path pair = Path.of("fixtures/rules/XC-01");
        WebDriver browser = chromium(temp.resolve("profile"), temp);
        try (ServiceClient http = ServiceClient.start(vertx, ServiceOptions.defaults(TestRules.RULES))) {
            browser.get("http://127.0.0.1:" + http.service().port() + "/");
            // pasted through the page's own script: sendKeys would type the report key by key
            ((JavascriptExecutor) browser).executeScript("document.getElementById('report-text').value = arguments[0];",
                    Files.readString(pair.resolve("fail-carryover-column.txt")));
            browser.findElement(By.id("previous-file")).sendKeys(pair.resolve("fail-carryover-column.previous.txt")
                    .toAbsolutePath().toString());
            browser.findElement(By.id("check-button")).click();
            waitFor(browser, () -> !browser.findElements(By.id("verdict-word")).isEmpty());

            assertThat(browser.findElement(By.id("findings")).getText())
                    .contains("本年“上年结转”2件，与上一年度年报《青山县交通运输局2023年政府信息公开工作年度报告》“结转下年度继续办理”1件不一致")
                    .doesNotContain("未提供上一年度的年报");
        } finally {
            browser.quit();
        }
    }

    @Test
    void marksTheChangedCellInTheReportsPageOfABatchReachedFromItsSummary(@TempDir Path temp) {
        requireBrowser();
        Path out = temp.resolve("out");
        assertThat(Main.run("check", "--out", out.toString(), "fixtures/reports")).isEqualTo(1);
        WebDriver browser = chromium(temp.resolve("profile"), temp);
        try {
            browser.get(out.resolve("summary.html").toUri().toString());
            browser.findElement(By.linkText("fixtures/reports/2024-laocheng-wrong-total.txt")).click();
            waitFor(browser, () -> !browser.findElements(By.id("verdict-word")).isEmpty());

            assertMarked(browser);
            assertThat(browser.getCurrentUrl()).endsWith("/reports/2024-laocheng-wrong-total.txt.html");
            assertThat(browser.findElement(By.id("input")).isDisplayed()).isFalse();
        } finally {
            browser.quit();
        }
    }

    /** The verdict, every cell of the three tables drawn, one ERROR mark on the changed total and its four parts taking part. */
    private static void assertMarked(WebDriver browser) {
        assertThat(browser.findElement(By.id("verdict-word")).getText()).isEqualTo("不通过");
        assertThat(attributes(browser, "section[data-table]", "data-table")).containsExactly("t2", "t3", "t4");
        int cells = TestRules.checker().ruleSet().formats().byId("2021").orElseThrow().tables().stream()
                .mapToInt(layout -> layout.cells().size()).sum();
        assertThat(browser.findElements(By.cssSelector("td[data-cell]"))).hasSize(cells);
        assertThat(attributes(browser, "td.mark", "data-cell")).containsExactly(CHANGED_CELL);
        WebElement total = browser.findElement(By.cssSelector("td[data-cell='" + CHANGED_CELL + "']"));
        assertThat(total.getAttribute("data-severity")).isEqualTo("ERROR");
        assertThat(total.getText()).isEqualTo("25");
        assertThat(attributes(browser, "td.involved", "data-cell")).containsExactlyInAnyOrder(
                "t4.review.upheld", "t4.review.corrected", "t4.review.other", "t4.review.pending");
    }

    private static List<String> attributes(WebDriver browser, String selector, String attribute) {
        return browser.findElements(By.cssSelector(selector)).stream().map(e -> e.getAttribute(attribute)).toList();
    }

    private static WebDriver chromium(Path profile, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the background-networking flags Chromium keeps calling out, which a closed network refuses.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        // The driver is named, so Selenium Manager never looks for (or downloads) one.
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(driver, options);
    }

    private static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "required".equals(System.getenv("XXGK_BROWSER_TEST"))) {
            fail("XXGK_BROWSER_TEST=required, but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        assumeTrue(present, "no " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver); "
                + "set XXGK_BROWSER_TEST=required to make this a failure");
    }

    private static void waitFor(WebDriver browser, BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ignored -> condition.getAsBoolean());
    }

    /** The finished download, or {@code null} while there is none. */
    private static Path downloaded(Path downloads) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(file -> file.toString().endsWith(".html")).findFirst().orElse(null);
        } catch (IOException e) {
            return fail("cannot list " + downloads, e);
        }
    }
}
