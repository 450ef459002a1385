package org.xxgk.checker.http;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xxgk.checker.render.FormatsRenderer;
import org.xxgk.checker.render.ResultPage;

import java.util.function.Function;

/**
 * The HTTP service: the check API, the rule list, health, the table layouts, the OpenAPI description and the web
 * page, over a rule set that is reloaded whenever its directory changes. It listens at once; checks are answered
 * once the first rule set has compiled.
 */
public final class CheckService {
    private static final Logger LOG = LoggerFactory.getLogger(CheckService.class);

    private final Vertx vertx;
    private final ServiceOptions options;
    private final LiveRuleSet rules;
    private final RuleWatcher watcher;
    private final WorkerExecutor workers;
    private final BodyBudget bodies;
    private final Router router;
    private HttpServer server;
    private Future<LiveRuleSet.Attempt> firstLoad;

    private CheckService(Vertx vertx, ServiceOptions options) {
        this.vertx = vertx;
        this.options = options;
        this.rules = new LiveRuleSet(options.rules());
        this.watcher = new RuleWatcher(vertx, rules, options.reloadInterval().toMillis());
        this.workers = vertx.createSharedWorkerExecutor("xxgk-check", options.checkThreads());
        this.bodies = new BodyBudget(options.maxBuffered());
        this.router = router();
    }

    /** Starts listening and begins compiling the rule set; completes once the port is bound. */
    public static Future<CheckService> start(Vertx vertx, ServiceOptions options) {
        CheckService service = new CheckService(vertx, options);
        // without Netty's decompression: RequestBody undoes Content-Encoding, and can answer a body that does not decompress
        return vertx.createHttpServer(new HttpServerOptions().setHost(options.host()).setPort(options.port())
                        // a client that stops sending mid-request does not hold its connection for ever
                        .setIdleTimeout(60))
                .requestHandler(service.router)
                .invalidRequestHandler(CheckService::invalidRequest)
                .listen()
                .map(server -> {
                    service.server = server;
                    service.firstLoad = service.watcher.start();
                    return service;
                })
                .onFailure(e -> {
                    // the rule watcher's thread was started with the service: it goes with it
                    service.watcher.stop();
                    service.workers.close();
                });
    }

    /**
     * A request the HTTP decoder could not read (an address or a header too long, a garbled request line): answered
     * in JSON like every other error, where the default answer has no body at all.
     */
    private static void invalidRequest(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        int status = cause instanceof TooLongHttpLineException ? 414 : cause instanceof TooLongHttpHeaderException ? 431 : 400;
        String message = switch (status) {
            case 414 -> "请求地址过长";
            case 431 -> "请求头过大";
            default -> "无法解析的 HTTP 请求";
        };
        request.response().setStatusCode(status).putHeader("Content-Type", Responses.JSON).putHeader("Connection", "close")
                .end(new JsonObject().put("error", message).encode());
    }

    /** The port the service listens on. */
    public int port() {
        return server.actualPort();
    }

    /** The bytes of request bodies that may be held now, out of {@link ServiceOptions#maxBuffered()}. */
    long bufferedBytesAvailable() {
        return bodies.available();
    }

    public LiveRuleSet rules() {
        return rules;
    }

    /** Completes when the first load of the rule set has finished, whether it compiled or not. */
    public Future<LiveRuleSet.Attempt> firstLoad() {
        return firstLoad;
    }

    public Future<Void> close() {
        watcher.stop();
        return server.close().eventually(() -> workers.close());
    }

    Router router() {
        Router router = Router.router(vertx);
        CheckHandler check = new CheckHandler(rules, workers, options.maxPending(), options.bodyLimit());
        checkRoute(router, "/api/v1/check", check).handler(check::check);
        checkRoute(router, "/api/v1/check/page", check).handler(check::page);
        readable(router, "/api/v1/rules").handler(ctx -> withRuleSet(ctx, loaded -> ServiceJson.rules(loaded)));
        readable(router, "/api/v1/formats").handler(ctx -> withRuleSet(ctx,
                loaded -> new JsonObject(FormatsRenderer.render(loaded.checker().ruleSet().formats()))));
        readable(router, "/api/v1/openapi.yaml").handler(WebAssets.serve("openapi.yaml", "application/yaml; charset=utf-8"));
        readable(router, "/health").handler(this::health);
        readable(router, "/").handler(WebAssets.serve(ResultPage.ASSETS + "index.html", "text/html; charset=utf-8"));
        readable(router, "/app.js").handler(WebAssets.serve(ResultPage.ASSETS + "app.js", "text/javascript; charset=utf-8"));
        readable(router, "/app.css").handler(WebAssets.serve(ResultPage.ASSETS + "app.css", "text/css; charset=utf-8"));
        router.route().failureHandler(this::failure);
        router.errorHandler(404, ctx -> Responses.error(ctx, 404, "没有这个地址：" + ctx.request().path()));
        router.errorHandler(405, ctx -> {
            ctx.response().putHeader("Allow", ctx.request().path().startsWith("/api/v1/check") ? "POST" : "GET, HEAD");
            Responses.error(ctx, 405, "地址 " + ctx.request().path() + " 不支持 " + ctx.request().method() + " 请求");
        });
        return router;
    }

    /**
     * A route that takes a report: refused at once when busy or not in an accepted type, its body read up to the limit
     * and within the budget of bodies held at once.
     */
    private Route checkRoute(Router router, String path, CheckHandler check) {
        router.post(path).handler(check::admit);
        return router.post(path).handler(RequestBody.reader(options.bodyLimit(), bodies));
    }

    /** A route for GET, and for HEAD, which monitors use: the same answer without its body. */
    private static Route readable(Router router, String path) {
        return router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD);
    }

    private void withRuleSet(RoutingContext ctx, Function<LiveRuleSet.Loaded, JsonObject> body) {
        LiveRuleSet.Loaded loaded = rules.current();
        if (loaded == null) {
            Responses.unavailable(ctx, "规则集尚未就绪，请稍后重试");
        } else {
            Responses.json(ctx, 200, body.apply(loaded));
        }
    }

    /** 200 while a rule set serves (UP, or DEGRADED when the latest edit does not compile), else 503. */
    private void health(RoutingContext ctx) {
        JsonObject health = ServiceJson.health(rules);
        Responses.json(ctx, rules.current() == null ? 503 : 200, health);
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().ended()) {
            // a request already answered fails again: its connection closing after its body was refused
            return;
        }
        int status = ctx.statusCode();
        // the report routes answer their own errors: what fails there in Vert.x's code is reading the body
        boolean body = ctx.request().method() == HttpMethod.POST && ctx.failure() != null
                && ctx.failure().getClass().getName().startsWith("io.vertx.");
        if (status == 413) {
            Responses.error(ctx, 413, "请求正文超过上限 " + RequestBody.size(options.bodyLimit()));
        } else if (ctx.failure() instanceof IllegalArgumentException e && (status == 400
                || String.valueOf(e.getMessage()).matches("(?s).*(escape|hex).*"))) {
            // a malformed query ("%zz"), found when the router or a handler first decodes the parameters
            Responses.error(ctx, 400, "请求地址中的参数无法解码（% 之后应为两位十六进制数）");
        } else if ((status >= 400 && status < 500) || body) {
            // the body reader's own messages are internal English ("Size exceed allowed maximum capacity", null)
            LOG.debug("{} {} 的请求正文无法读取", ctx.request().method(), ctx.request().path(), ctx.failure());
            Responses.error(ctx, status >= 400 && status < 500 ? status : 400,
                    "请求无法处理：请求正文或表单无法读取（表单字段过多或过长，或上传不完整）");
        } else {
            LOG.error("处理 {} {} 时出错", ctx.request().method(), ctx.request().path(), ctx.failure());
            Responses.error(ctx, 500, "服务内部错误，详见服务日志");
        }
    }
}
