package org.xxgk.checker.http;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xxgk.checker.CheckOptions;
import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Checker;
import org.xxgk.checker.PreviousReport;
import org.xxgk.checker.PreviousReports;
import org.xxgk.checker.http.RequestBody.Upload;
import org.xxgk.checker.ingest.DecodedText;
import org.xxgk.checker.engine.RuleExecutionException;
import org.xxgk.checker.ingest.ReportJsonException;
import org.xxgk.checker.ingest.ReportJsonReader;
import org.xxgk.checker.ingest.TextDecoder;
import org.xxgk.checker.render.JsonRenderer;
import org.xxgk.checker.render.ResultPage;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code POST /api/v1/check}: takes a report as text, as an uploaded file (with last year's, optionally) or as the JSON
 * of the report model, checks it on a worker thread and answers one entry of the contract's {@code reports}
 * ({@code /api/v1/check/page}: the result as one HTML file). Checks running or waiting are bounded: one more is
 * answered 503 at once instead of joining a queue that would make every request late.
 */
final class CheckHandler {
    /** Raw bodies that hold a report as published: the reader tells text, web page, Word and PDF file apart by content. */
    private static final List<String> DOCUMENT_TYPES = List.of("text/plain", "text/markdown", "text/html",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            "application/pdf", "application/octet-stream");
    /** The content types a report comes in (compared in lower case); any other is answered 415 before the body is read. */
    private static final List<String> CONTENT_TYPES = Stream.concat(DOCUMENT_TYPES.stream(),
            Stream.of("multipart/form-data", "application/json")).toList();

    /** The content codings the server undoes (RequestBody). */
    private static final List<String> ENCODINGS = List.of("identity", "gzip", "x-gzip", "deflate");
    private static final Logger LOG = LoggerFactory.getLogger(CheckHandler.class);
    /** The form field of last year's report, compared with by the cross-year rules (XC-01, XC-02, NAR-03). */
    static final String PREVIOUS = "previous";
    private static final String BUSY = "服务繁忙，请稍后重试";
    private static final DateTimeFormatter GENERATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String ACCEPTED = "请以 text/plain 或 text/markdown（年报文本）、text/html（网页）、"
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document 或 application/msword（Word 文件）、"
            + "application/pdf（PDF 文件）"
            + "或 application/octet-stream（格式按内容识别）、multipart/form-data（上传文件）或 application/json（facts 命令输出的报告模型）提交";

    private enum Input { TEXT, UPLOAD, MODEL }

    /** Parameters of one value: a second one would be ignored, so it is refused. */
    private static final List<String> SINGLE_VALUED = List.of("published", "profile", "include", "source");
    /** The parameters of the check; the page takes them without include (it always has the facts). */
    private static final List<String> PARAMETERS = List.of("published", "profile", "skip", "include", "source");
    private static final List<String> PAGE_PARAMETERS = List.of("published", "profile", "skip", "source");

    private final LiveRuleSet rules;
    private final WorkerExecutor workers;
    private final Semaphore pending;
    private final long bodyLimit;

    CheckHandler(LiveRuleSet rules, WorkerExecutor workers, int maxPending, long bodyLimit) {
        this.rules = rules;
        this.workers = workers;
        this.pending = new Semaphore(maxPending);
        this.bodyLimit = bodyLimit;
    }

    /** 415, saying what was sent and what is accepted. */
    private static void unsupported(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        Responses.error(ctx, 415, (type == null ? "请求没有 Content-Type" : "不支持的内容类型“" + type.split(";", 2)[0].strip() + "”")
                + "：" + ACCEPTED);
    }

    private static String mediaType(String header) {
        return header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Refuses a check at once, before its body is read, while every slot is taken: under overload the bodies of
     * requests that would be refused anyway are not buffered. The slot itself is taken only once the body is in,
     * so that a slow upload holds no slot.
     */
    void admit(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        String encoding = ctx.request().getHeader("Content-Encoding");
        if (type == null || !CONTENT_TYPES.contains(mediaType(type))) {
            unsupported(ctx);
        } else if (encoding != null && !ENCODINGS.contains(encoding.strip().toLowerCase(Locale.ROOT))) {
            // a body in a coding the server does not undo would be read as a garbled report
            Responses.error(ctx, 415, "不支持的内容编码“" + encoding.strip() + "”：请不压缩，或用 gzip、deflate 压缩");
        } else if (pending.availablePermits() == 0) {
            Responses.unavailable(ctx, BUSY);
        } else {
            ctx.next();
        }
    }

    /** {@code POST /api/v1/check}: the contract's entry. */
    void check(RoutingContext ctx) {
        answer(ctx, false);
    }

    /** {@code POST /api/v1/check/page}: the result as one HTML file, the one the page's download button saves. */
    void page(RoutingContext ctx) {
        answer(ctx, true);
    }

    private void answer(RoutingContext ctx, boolean asPage) {
        LiveRuleSet.Loaded loaded = rules.current();
        if (loaded == null) {
            Responses.unavailable(ctx, "规则集尚未就绪，请稍后重试");
            return;
        }
        Checker checker = loaded.checker();
        RequestBody body = RequestBody.of(ctx);
        if (unknownParameter(ctx, asPage ? PAGE_PARAMETERS : PARAMETERS, body)) {
            return;
        }
        String include = parameter(ctx, "include");
        if (include != null && !include.equals("facts")) {
            Responses.error(ctx, 400, "include 只能是 facts，而不是“" + include + "”");
            return;
        }
        CheckOptions options = options(ctx, checker);
        Callable<CheckResult> read = options == null ? null : reader(ctx, body, checker, options);
        if (read == null) {
            return;
        }
        if (!pending.tryAcquire()) {
            Responses.unavailable(ctx, BUSY);
            return;
        }
        // the body stays in memory until the check ends, even if its client has gone
        BodyBudget.Claim claim = RequestBody.claim(ctx);
        claim.retain();
        workers.executeBlocking(() -> asPage ? page(checker, options, read.call())
                : render(checker, read.call(), include != null), false).onComplete(done -> {
            pending.release();
            claim.release();
            if (done.succeeded()) {
                ctx.response().putHeader("Xxgk-Rules-Sha256", checker.ruleSet().sha256());
                if (asPage) {
                    Responses.html(ctx, done.result());
                } else {
                    Responses.json(ctx, 200, done.result());
                }
            } else if (done.cause() instanceof ReportJsonException model) {
                Responses.error(ctx, 400, "报告模型有误：" + model.getMessage());
            } else if (done.cause() instanceof RuleExecutionException broken) {
                // a defect of the rule set, not of the request: /health names it until the rules are reloaded
                loaded.failures().add(broken.getMessage());
                LOG.error("检查 {} 时规则出错：{}", ctx.request().path(), broken.getMessage());
                Responses.error(ctx, 500, "检查时出错：" + broken.getMessage());
            } else {
                LOG.error("检查 {} 时出错", ctx.request().path(), done.cause());
                Responses.error(ctx, 500, "检查时出错（规则执行失败），详见服务日志");
            }
        });
    }

    /**
     * Answers 400 to a parameter (or form field) the endpoint does not take, listing those it does: a misspelt
     * {@code profle} would otherwise be ignored, and the report could pass a check it should have failed. A form's
     * {@code previous} text field is left to the reader, which says it should be a file.
     */
    private static boolean unknownParameter(RoutingContext ctx, List<String> accepted, RequestBody body) {
        for (String name : ctx.request().params().names()) {
            // Vert.x matches parameter names regardless of case ("?Profile=" is profile): so does this
            String known = name.toLowerCase(Locale.ROOT);
            if (!accepted.contains(known) && !(known.equals(PREVIOUS) && body.fields().contains(PREVIOUS))) {
                Responses.error(ctx, 400, "未知参数“" + name + "”（可用：" + String.join("、", accepted) + "）");
                return true;
            }
        }
        return false;
    }

    /** The options of the request's parameters, or {@code null} when one is wrong and the request was answered 400. */
    private CheckOptions options(RoutingContext ctx, Checker checker) {
        CheckOptions options = CheckOptions.DEFAULT.withMaxBytes(bodyLimit);
        for (String single : SINGLE_VALUED) {
            if (ctx.request().params().getAll(single).size() > 1) {
                Responses.error(ctx, 400, "参数 " + single + " 只能给出一次");
                return null;
            }
        }
        String published = parameter(ctx, "published");
        if (published != null) {
            try {
                options = options.withPublished(CheckOptions.date(published));
            } catch (DateTimeParseException e) {
                Responses.error(ctx, 400, "published 应为 YYYY-MM-DD 格式的日期，而不是“" + published + "”");
                return null;
            }
        }
        // skip may be given several times, each a list: all of them are skipped
        Set<String> skip = ctx.request().params().getAll("skip").stream().flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
        options = options.withProfile(parameter(ctx, "profile")).withSkip(skip);
        try {
            checker.profile(options);
        } catch (IllegalArgumentException e) {
            Responses.error(ctx, 400, e.getMessage());
            return null;
        }
        return options;
    }

    /** A query (or form) parameter without surrounding blanks; {@code null} when absent or blank. */
    private static String parameter(RoutingContext ctx, String name) {
        String value = ctx.request().getParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** What reads the report from this request on a worker, or {@code null} when the request was answered 400. */
    private Callable<CheckResult> reader(RoutingContext ctx, RequestBody body, Checker checker, CheckOptions options) {
        String source = parameter(ctx, "source");
        String type = mediaType(ctx.request().getHeader("Content-Type"));
        Input input = switch (type) {
            case "multipart/form-data" -> Input.UPLOAD;
            case "application/json" -> Input.MODEL;
            default -> Input.TEXT;
        };
        if (input == Input.UPLOAD) {
            if (body.fields().contains(PREVIOUS)) {
                Responses.error(ctx, 400, "上一年度年报（previous）应作为文件上传，而不是表单文本字段");
                return null;
            }
            List<Upload> reports = body.uploads().stream().filter(upload -> !upload.name().equals(PREVIOUS)).toList();
            // a form's file field left empty sends a part without a name and without content: no previous report
            List<Upload> previous = body.uploads().stream().filter(upload -> upload.name().equals(PREVIOUS))
                    .filter(upload -> !(upload.fileName().isEmpty() && upload.content().length == 0)).toList();
            if (reports.size() != 1 || previous.size() > 1) {
                Responses.error(ctx, 400, reports.isEmpty() ? "表单中没有上传的文件"
                        : reports.size() > 1 ? "一次只能上传一份年报" : "上一年度年报（previous）只能上传一份");
                return null;
            }
            Upload upload = reports.get(0);
            Upload last = previous.isEmpty() ? null : previous.get(0);
            for (Upload file : last == null ? List.of(upload) : List.of(upload, last)) {
                if (file.content().length == 0) {
                    Responses.error(ctx, 400, "上传的文件“" + file.fileName() + "”为空");
                    return null;
                }
            }
            String name = source == null ? upload.fileName() : source;
            return () -> checker.check(upload.content(), name, upload.fileName(), last == null ? options
                    : options.withPrevious(PreviousReports.always(PreviousReport.of(last.fileName(),
                            checker.read(last.content(), options)))));
        }
        byte[] bytes = body.bytes();
        if (bytes.length == 0) {
            Responses.error(ctx, 400, "请求正文为空：请提交年报内容");
            return null;
        }
        String name = source == null ? "request" : source;
        if (input == Input.MODEL) {
            // decoded as a text is: a byte-order mark dropped, UTF-16 recognised (PowerShell's ">" writes it)
            DecodedText decoded = TextDecoder.decode(bytes);
            if (decoded.problem() != null) {
                Responses.error(ctx, 400, "报告模型无法解码：" + decoded.problem().detail());
                return null;
            }
            String json = decoded.text();
            return () -> checker.check(new ReportJsonReader(checker.ruleSet().formats()).read(json), name, options);
        }
        return () -> checker.check(bytes, name, type, options);
    }

    /** The contract's entry; with {@code include=facts} also the report's sections and cells, for drawing its tables. */
    private static String render(Checker checker, CheckResult result, boolean facts) {
        JsonRenderer json = new JsonRenderer(checker.ruleSet());
        return facts ? json.entryWithFacts(result) : json.entry(result);
    }

    /** The result page, dated now. */
    private static String page(Checker checker, CheckOptions options, CheckResult result) {
        return new ResultPage(checker.ruleSet(), options.profile()).render(result, LocalDateTime.now().format(GENERATED_AT));
    }
}
