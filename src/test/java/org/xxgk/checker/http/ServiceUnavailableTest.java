package org.xxgk.checker.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.checker.TestRules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When the service cannot check: too many checks at once, or no rule set that compiles. */
@ExtendWith(VertxExtension.class)
class ServiceUnavailableTest {
    private static final int BURST = 32;

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
}
