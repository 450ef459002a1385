package org.xxgk.checker.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.multipart.MultipartForm;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.validation.ResponseValidator;
import io.vertx.openapi.validation.ValidatableResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A running service for a test class and a client for it. Every answer to a documented path is validated against the
 * served OpenAPI description (status, headers, and JSON body with no undocumented member), which keeps it true.
 */
final class ServiceClient implements AutoCloseable {
    private final CheckService service;
    private final WebClient client;
    private final OpenAPIContract contract;
    private final ResponseValidator validator;

    private ServiceClient(Vertx vertx, CheckService service) {
        this.service = service;
        this.client = WebClient.create(vertx,
                new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(service.port()),
                new PoolOptions().setHttp1MaxSize(64));
        this.contract = await(OpenAPIContract.from(vertx, openApi()));
        this.validator = ResponseValidator.create(vertx, contract);
    }

    /** Starts a service on a free local port and waits until its first rule set load has finished. */
    static ServiceClient start(Vertx vertx, ServiceOptions options) {
        CheckService service = await(CheckService.start(vertx, options.withHost("127.0.0.1").withPort(0)));
        await(service.firstLoad());
        return new ServiceClient(vertx, service);
    }

    CheckService service() {
        return service;
    }

    /** The served OpenAPI description as JSON. */
    static JsonObject openApi() {
        try (InputStream in = CheckService.class.getResourceAsStream("openapi.yaml")) {
            return new JsonObject(new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<Buffer> get(String path) {
        return validated(HttpMethod.GET, path, request(HttpMethod.GET, path).send());
    }

    HttpResponse<Buffer> post(String path, String contentType, Buffer body) {
        HttpRequest<Buffer> request = request(HttpMethod.POST, path);
        if (contentType != null) {
            request.putHeader("Content-Type", contentType);
        }
        return validated(HttpMethod.POST, path, request.sendBuffer(body));
    }

    HttpResponse<Buffer> postText(String path, String text) {
        return post(path, "text/plain; charset=utf-8", Buffer.buffer(text));
    }

    HttpResponse<Buffer> postForm(String path, MultipartForm form) {
        return validated(HttpMethod.POST, path, request(HttpMethod.POST, path).sendMultipartForm(form));
    }

    /** Any method, any headers, no validation: for what clients should not send. */
    HttpResponse<Buffer> raw(HttpMethod method, String path, Map<String, String> headers, Buffer body) {
        HttpRequest<Buffer> request = request(method, path);
        headers.forEach(request::putHeader);
        return await(body == null ? request.send() : request.sendBuffer(body));
    }

    /** Sends without waiting, for bursts; the answer is validated all the same. */
    Future<HttpResponse<Buffer>> postTextAsync(String path, String text) {
        return request(HttpMethod.POST, path).putHeader("Content-Type", "text/plain; charset=utf-8")
                .sendBuffer(Buffer.buffer(text))
                .compose(response -> validate(HttpMethod.POST, path, response).map(response));
    }

    private HttpRequest<Buffer> request(HttpMethod method, String path) {
        return client.request(method, path);
    }

    private HttpResponse<Buffer> validated(HttpMethod method, String path, Future<HttpResponse<Buffer>> sent) {
        HttpResponse<Buffer> response = await(sent);
        await(validate(method, path, response));
        return response;
    }

    /** Validates an answer against the operation documented for this path and method; undocumented paths are 404s. */
    private Future<Void> validate(HttpMethod method, String path, HttpResponse<Buffer> response) {
        Operation operation = contract.findOperation(path.split("\\?", 2)[0], method);
        if (operation == null) {
            return Future.succeededFuture();
        }
        Map<String, String> headers = new HashMap<>();
        response.headers().forEach(header -> headers.put(header.getKey(), header.getValue()));
        String contentType = response.getHeader("Content-Type");
        ValidatableResponse validatable = contentType != null && contentType.startsWith("application/json")
                ? ValidatableResponse.create(response.statusCode(), headers, response.body(), "application/json")
                : ValidatableResponse.create(response.statusCode(), headers);
        return validator.validate(validatable, operation.getOperationId()).<Void>mapEmpty()
                .recover(e -> Future.failedFuture(new AssertionError("answer " + response.statusCode() + " to "
                        + method + " " + path + " is not as openapi.yaml documents it: " + e.getMessage()
                        + "\n" + response.bodyAsString(), e)));
    }

    static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        await(service.close());
    }
}
