package org.xxgk.checker.http;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes the service's JSON answers, errors included ({@code {"error": "…"}}), never a stack trace. */
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
