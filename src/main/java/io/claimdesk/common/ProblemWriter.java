package io.claimdesk.common;

import java.net.URI;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes a problem as the answer to a request that never reaches the REST layer, in the shape the REST layer uses. */
final class ProblemWriter {

    private ProblemWriter() {
    }

    /** The path as the REST layer's problems name it, percent-escapes decoded. */
    private static String decoded(String rawPath) {
        try {
            return URI.create(rawPath).getPath();
        } catch (IllegalArgumentException e) {
            return rawPath;
        }
    }

    static void write(RoutingContext context, HttpProblem problem) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        JsonObject body = new JsonObject();
        if (problem.getType() != null) {
            body.put("type", problem.getType().toString());
        }
        body.put("status", problem.getStatusCode())
                .put("title", problem.getTitle())
                .put("detail", problem.getDetail())
                .put("instance", decoded(context.request().path()));
        problem.getParameters().forEach(body::put);
        problem.getHeaders().forEach((name, value) -> response.putHeader(name, String.valueOf(value)));
        response.setStatusCode(problem.getStatusCode())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end(body.encode());
    }
}
