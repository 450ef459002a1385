package org.xxgk.checker.http;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import org.xxgk.checker.engine.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A file the service serves itself (the page, its script and style, the OpenAPI description), read from the jar
 * once and kept in memory: the page loads nothing from anywhere else and works on a network without internet.
 */
final class WebAssets {
    // The page's own policy forbids anything from elsewhere, so a stray outside reference fails at once in testing.
    private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private WebAssets() {
    }

    /** Serves a resource of the jar with this content type: NAME relative to this package, or absolute. */
    static Handler<RoutingContext> serve(String name, String contentType) {
        byte[] bytes = read(name);
        Buffer body = Buffer.buffer(bytes);
        String etag = "\"" + Sha256.hex(bytes).substring(0, 16) + "\"";
        return ctx -> {
            ctx.response()
                    .putHeader("Content-Type", contentType)
                    .putHeader("Cache-Control", "no-cache")
                    .putHeader("ETag", etag)
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader("Content-Security-Policy", PAGE_POLICY);
            if (etag.equals(ctx.request().getHeader("If-None-Match"))) {
                ctx.response().setStatusCode(304).end();
            } else {
                ctx.response().end(body);
            }
        };
    }

    private static byte[] read(String name) {
        try (InputStream in = WebAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
