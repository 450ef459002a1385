package org.xxgk.checker.http;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes the service's answers, JSON (errors included: {@code {"error": "…"}}) or a result page, never a stack trace. */
final class Responses {
    static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    static void json(RoutingContext ctx, int status, String body) {
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", JSON)
                .putHeader("Cache-Control", "no-store")
                .end(body);
    }

    /** A page to save, not to show at this address: it is sent in answer to a POST. */
    static void html(RoutingContext ctx, String body) {
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(200)
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(body);
    }

    static void json(RoutingContext ctx, int status, JsonObject body) {
        json(ctx, status, body.encode());
    }

    static void error(RoutingContext ctx, int status, String message) {
        json(ctx, status, new JsonObject().put("error", message));
    }

    /** 503 with a hint when to try again: the service is busy or has no rule set yet. */
    static void unavailable(RoutingContext ctx, String message) {
        if (!ctx.response().ended()) {
            ctx.response().putHeader("Retry-After", "1");
        }
        error(ctx, 503, message);
    }
}
