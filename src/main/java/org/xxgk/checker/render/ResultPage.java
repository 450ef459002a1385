package org.xxgk.checker.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.engine.RuleSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One report's result as a single HTML file that opens anywhere without a network: the service's web page
 * ({@code web/index.html}) with its style and script inlined and the result, the table layouts and the rule set
 * embedded, so that its script draws the three tables and marks the cells exactly as the page does. The page's
 * download button and each report's page of a batch are this file.
 */
public final class ResultPage {
    /** Where the page's files are in the jar: the service serves them, and each result page inlines them. */
    public static final String ASSETS = "/org/xxgk/checker/render/web/";

    // The copy's own policy forbids loading anything, so that it shows only what it carries.
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "img-src data:";
    private static final String TITLE = "\u0000title\u0000";
    private static final String DATA = "\u0000data\u0000";
    private static final Pattern SCRIPT_END = Pattern.compile("</script", Pattern.CASE_INSENSITIVE);
    private static final JsonFactory FACTORY = new JsonFactory();

    private final String beforeTitle;
    private final String beforeData;
    private final String afterData;
    private final String formats;
    private final String ruleSet;

    /**
     * @param ruleSet the rule set the results come from: its formats draw the tables, its hash is shown
     * @param profile the id of the deployment profile the checks used, or {@code null}
     */
    public ResultPage(RuleSet ruleSet, String profile) {
        String page = replace(asset("index.html"), "<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">");
        page = page.replaceFirst("<title>[^<]*</title>", "<title>" + TITLE + "</title>");
        page = replace(page, "<link rel=\"stylesheet\" href=\"app.css\">", "<style>\n" + asset("app.css") + "</style>");
        page = replace(page, "<script src=\"app.js\"></script>", "<script>window.XXGK_EMBEDDED = " + DATA
                + ";</script>\n<script>\n" + SCRIPT_END.matcher(asset("app.js")).replaceAll(Matcher.quoteReplacement("<\\/script"))
                + "</script>");
        int title = page.indexOf(TITLE);
        int data = page.indexOf(DATA);
        this.beforeTitle = page.substring(0, title);
        this.beforeData = page.substring(title + TITLE.length(), data);
        this.afterData = page.substring(data + DATA.length());
        this.formats = json(json -> FormatsRenderer.formats(ruleSet.formats(), json));
        this.ruleSet = json(json -> new JsonRenderer(ruleSet).ruleSet(json, profile));
    }

    /**
     * The page of one result.
     *
     * @param generatedAt when the page was made, shown in its footer; {@code null} for none (a batch's pages are
     *                    the same on every run)
     */
    public String render(CheckResult result, String generatedAt) {
        String data = json(json -> {
            json.writeStartObject();
            json.writeFieldName("result");
            JsonRenderer.entry(result, json, true);
            json.writeFieldName("formats");
            json.writeRawValue(formats);
            json.writeFieldName("ruleSet");
            json.writeRawValue(ruleSet);
            if (generatedAt != null) {
                json.writeStringField("generatedAt", generatedAt);
            }
            json.writeEndObject();
        });
        String title = "检查结果：" + (result.report().title().isEmpty() ? result.source() : result.report().title());
        return new StringBuilder(beforeTitle.length() + beforeData.length() + afterData.length() + data.length() + 200)
                .append(beforeTitle).append(escapeText(title))
                .append(beforeData).append(scriptSafe(data))
                .append(afterData).toString();
    }

    /** A file of the page ({@code index.html}, {@code app.js}, {@code app.css}) as text. */
    public static String asset(String name) {
        try (InputStream in = ResultPage.class.getResourceAsStream(ASSETS + name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: " + ASSETS + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text for HTML content: {@code &}, {@code <} and {@code >} escaped. */
    public static String escapeText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String replace(String page, String anchor, String replacement) {
        if (!page.contains(anchor)) {
            throw new IllegalStateException("web/index.html lacks " + anchor + ", which a result page replaces");
        }
        return page.replace(anchor, replacement);
    }

    /**
     * JSON that can stand inside a script element: "<" only occurs in strings, where an escape means the same and
     * no "</script>" or "<!--" can end the element; U+2028 and U+2029 end lines in older JavaScript.
     */
    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private interface JsonWriting {
        void write(JsonGenerator json) throws IOException;
    }

    private static String json(JsonWriting writing) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            writing.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
