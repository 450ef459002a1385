package org.xxgk.checker.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.checker.TestRules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** When the service cannot check: too many checks or request bodies at once, or no rule set that compiles. */
@ExtendWith(VertxExtension.class)
class ServiceUnavailableTest {
    private static final int BURST = 32;
    private static final String CHECK = "/api/v1/check";
    private static final int BUDGET = 1024 * 1024;
    /** More than half the budget: while one such body is held, no other fits. */
    private static final int LARGE = 600 * 1024;
    private static final String BUFFERS_FULL = "服务繁忙（正在接收和检查的请求正文已达内存上限），请稍后重试";

    @Test
    void refusesChecksBeyondTheBoundAtOnceWith503AndRetryAfter(Vertx vertx) {
        try (ServiceClient http = ServiceClient.start(vertx,
                ServiceOptions.defaults(TestRules.RULES).withCheckThreads(1).withMaxPending(1))) {
            List<Future<HttpResponse<Buffer>>> sent = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                sent.add(http.postTextAsync("/api/v1/check", TestRules.seed()));
            }
            ServiceClient.await(Future.join(sent));

            List<HttpResponse<Buffer>> answers = sent.stream().map(Future::result).toList();
            List<HttpResponse<Buffer>> refused = answers.stream().filter(answer -> answer.statusCode() == 503).toList();
            assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 503).contains(200);
            assertThat(refused).isNotEmpty();
            assertThat(refused.get(0).getHeader("Retry-After")).isEqualTo("1");
            assertThat(refused.get(0).bodyAsJsonObject().getString("error")).isEqualTo("服务繁忙，请稍后重试");
        }
    }

    @Test
    void withoutARuleSetIsDownAndRefusesChecks(Vertx vertx, @TempDir Path empty) {
        try (ServiceClient http = ServiceClient.start(vertx, ServiceOptions.defaults(empty.resolve("missing")))) {
            HttpResponse<Buffer> health = http.get("/health");
            HttpResponse<Buffer> check = http.postText("/api/v1/check", TestRules.seed());

            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.bodyAsJsonObject().getString("status")).isEqualTo("DOWN");
            assertThat(health.bodyAsJsonObject().getJsonArray("problems").getJsonObject(0).getString("message"))
                    .isEqualTo("规则目录不存在或不是目录");
            assertThat(check.statusCode()).isEqualTo(503);
            assertThat(check.getHeader("Retry-After")).isEqualTo("1");
            assertThat(check.bodyAsJsonObject().getString("error")).isEqualTo("规则集尚未就绪，请稍后重试");
        }
    }

    @Test
    void refusesBodiesTheBudgetCannotCoverWith503AndGetsEveryByteBack(Vertx vertx) throws IOException, InterruptedException {
        try (ServiceClient http = ServiceClient.start(vertx, smallBudget())) {
            // a client that has declared a large body and sent a little of it: the whole of it is set aside
            Socket stalled = upload(http, "Content-Length: " + LARGE, new byte[1024]);
            awaitAvailable(http, BUDGET - LARGE);

            List<Future<HttpResponse<Buffer>>> sent = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sent.add(http.postTextAsync(CHECK, "x".repeat(LARGE)));
            }
            ServiceClient.await(Future.join(sent));
            // small as sent, too large for what is left once decompressed
            HttpResponse<Buffer> zipped = http.raw(HttpMethod.POST, CHECK,
                    Map.of("Content-Type", "text/plain", "Content-Encoding", "gzip"),
                    Buffer.buffer(CheckServiceTest.gzip(new byte[LARGE])));
            HttpResponse<Buffer> small = http.postText(CHECK, TestRules.seed());

            assertThat(sent).extracting(answer -> answer.result().statusCode()).containsOnly(503);
            assertThat(sent.get(0).result().getHeader("Retry-After")).isEqualTo("1");
            assertThat(sent.get(0).result().bodyAsJsonObject().getString("error")).isEqualTo(BUFFERS_FULL);
            assertThat(zipped.statusCode()).isEqualTo(503);
            assertThat(small.statusCode()).isEqualTo(200);
            // the refused and the answered have given theirs back; the stalled upload still holds its own
            awaitAvailable(http, BUDGET - LARGE);

            stalled.close();
            awaitAvailable(http, BUDGET);
            assertThat(http.postText(CHECK, TestRules.seed() + " ".repeat(LARGE)).statusCode()).isEqualTo(200);
            awaitAvailable(http, BUDGET);
        }
    }

    @Test
    void aBodyOfNoDeclaredLengthIsRefusedOnceItOutgrowsTheBudgetAndAClientGoneMidBodyHoldsNothing(Vertx vertx)
            throws IOException, InterruptedException {
        try (ServiceClient http = ServiceClient.start(vertx, smallBudget())) {
            // chunked, so nothing is declared: what has arrived is held
            Socket halfSent = upload(http, "Transfer-Encoding: chunked", chunk(new byte[LARGE]));
            awaitAvailable(http, BUDGET - LARGE);

            try (Socket streamed = upload(http, "Transfer-Encoding: chunked", chunk(new byte[LARGE]))) {
                assertThat(statusLine(streamed)).isEqualTo("HTTP/1.1 503 Service Unavailable");
            }
            halfSent.close();

            awaitAvailable(http, BUDGET);
        }
    }

    private static ServiceOptions smallBudget() {
        return ServiceOptions.defaults(TestRules.RULES).withBodyLimit(BUDGET).withMaxBuffered(BUDGET);
    }

    /** Sends a report request's head and the start of its body over a socket of its own, and leaves it open. */
    private static Socket upload(ServiceClient http, String lengthHeader, byte[] start) throws IOException {
        Socket socket = new Socket("127.0.0.1", http.service().port());
        // a bound for a broken server, not a pace: every read here waits for an answer that comes or a socket that closes
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + CHECK + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n" + lengthHeader
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(start);
        out.flush();
        return socket;
    }

    private static byte[] chunk(byte[] data) {
        Buffer chunk = Buffer.buffer(Integer.toHexString(data.length) + "\r\n").appendBytes(data).appendString("\r\n");
        return chunk.getBytes();
    }

    private static String statusLine(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
    }

    /** Waits until the service's body budget has this many bytes free; fails if it never has. */
    private static void awaitAvailable(ServiceClient http, long bytes) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (http.service().bufferedBytesAvailable() != bytes) {
            if (System.nanoTime() > deadline) {
                assertThat(http.service().bufferedBytesAvailable()).as("bytes free in the body budget").isEqualTo(bytes);
            }
            Thread.sleep(5);
        }
    }
}
