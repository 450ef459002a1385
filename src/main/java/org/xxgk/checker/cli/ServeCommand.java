package org.xxgk.checker.cli;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.xxgk.checker.engine.RuleSet;
import org.xxgk.checker.format.FileProblem;
import org.xxgk.checker.http.CheckService;
import org.xxgk.checker.http.LiveRuleSet;
import org.xxgk.checker.http.ServiceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code serve}: runs the HTTP service and its web page until stopped. */
@Command(name = "serve",
        description = {"启动 HTTP 服务和网页（网页在 / ）。",
                "POST /api/v1/check 检查年报，GET /api/v1/rules 列出规则，GET /health 就绪检查。规则目录的修改会自动重新加载；无法编译的修改不会生效，/health 和日志指出出错的文件和行。",
                "启动时规则集无法编译则退出，退出码 2。"},
        sortOptions = false)
final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleSetOption ruleSet;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "端口（默认 ${DEFAULT-VALUE}）")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "0.0.0.0",
            description = "监听地址（默认 ${DEFAULT-VALUE}，即全部网卡；只供本机使用时用 127.0.0.1）")
    private String host;

    @Option(names = "--max-body", paramLabel = "MB", defaultValue = "10",
            description = "请求正文的大小上限（MB，默认 ${DEFAULT-VALUE}）；超过时回答 413")
    private long maxBodyMb;

    @Option(names = "--max-buffered", paramLabel = "MB",
            description = "同时接收和检查中的请求正文总量上限（MB，默认为 Java 最大堆的 1/4，见 -Xmx；压缩的正文另计解压后的大小），"
                    + "不得小于 --max-body 的两倍；超过时回答 503")
    private Long maxBufferedMb;

    @Option(names = "--threads", paramLabel = "N",
            description = "执行检查的线程数（默认为处理器核数）")
    private Integer threads;

    @Option(names = "--max-pending", paramLabel = "N",
            description = "同时处理和排队的检查数上限（默认为线程数的 16 倍）；超过时立即回答 503")
    private Integer maxPending;

    @Override
    public Integer call() throws Exception {
        ServiceOptions options = options();
        showServiceLog();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Vertx vertx = Vertx.vertx();
        CheckService service;
        try {
            service = await(CheckService.start(vertx, options));
        } catch (ExecutionException e) {
            err.println("xxgk-checker: 无法在 " + host + ":" + port + " 上启动服务：" + e.getCause().getMessage());
            await(vertx.close());
            return ExitCode.ERROR;
        }
        out.printf("xxgk-checker 服务：http://%s:%d/ （规则目录 %s，正在编译规则…）%n",
                host.equals("0.0.0.0") ? "localhost" : host, service.port(), options.rules());
        LiveRuleSet.Attempt first = await(service.firstLoad());
        if (!first.succeeded()) {
            err.println("xxgk-checker: 规则集无法使用，共 " + first.problems().size() + " 处问题：");
            for (FileProblem problem : first.problems()) {
                err.println("  " + problem);
            }
            stop(service, vertx);
            return ExitCode.ERROR;
        }
        RuleSet rules = service.rules().current().checker().ruleSet();
        out.printf("规则集已就绪：%s %s，%d 条规则（sha256 %s）。修改规则目录会自动重新加载。按 Ctrl+C 停止。%n",
                rules.name(), rules.version(), rules.rules().size(), rules.sha256());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop(service, vertx);
            } catch (Exception e) {
                // Stopping anyway: the JVM exits when this hook returns.
            }
            stopped.countDown();
        }, "xxgk-stop"));
        stopped.await();
        return ExitCode.PASS;
    }

    private ServiceOptions options() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port 应在 0 到 65535 之间");
        }
        if (maxBodyMb <= 0 || (maxBufferedMb != null && maxBufferedMb <= 0) || (threads != null && threads <= 0)
                || (maxPending != null && maxPending <= 0)) {
            throw new ParameterException(spec.commandLine(), "--max-body、--max-buffered、--threads 和 --max-pending 应为正数");
        }
        ServiceOptions options = ServiceOptions.defaults(ruleSet.directory())
                .withHost(host).withPort(port).withBodyLimit(maxBodyMb * 1024 * 1024);
        if (maxBufferedMb != null) {
            options = options.withMaxBuffered(maxBufferedMb * 1024 * 1024);
        }
        if (options.maxBuffered() < 2 * options.bodyLimit()) {
            // a compressed body is held with its decompressed bytes, each up to the largest size allowed: a smaller
            // budget would tell such a body to retry for ever
            throw new ParameterException(spec.commandLine(), maxBufferedMb != null
                    ? "--max-buffered 不得小于 --max-body 的两倍（压缩的正文连同解压后的内容一起计算）"
                    : "--max-buffered 的默认值（Java 最大堆的 1/4，" + options.maxBuffered() / (1024 * 1024)
                            + " MB）小于 --max-body 的两倍：请用 -Xmx 增大堆，或给出 --max-buffered");
        }
        if (threads != null) {
            options = options.withCheckThreads(threads).withMaxPending(16 * threads);
        }
        return maxPending == null ? options : options.withMaxPending(maxPending);
    }

    /** The service logs each reload (quiet otherwise): show it with a time, unless the user configured logging. */
    private static void showServiceLog() {
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.xxgk.checker.http", "info");
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss");
    }

    /** Closes the service, then Vert.x, each awaited from this thread: Vert.x must not be closed from its own thread. */
    private static void stop(CheckService service, Vertx vertx) throws ExecutionException, InterruptedException,
            TimeoutException {
        service.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static <T> T await(Future<T> future) throws ExecutionException, InterruptedException {
        return future.toCompletionStage().toCompletableFuture().get();
    }
}
