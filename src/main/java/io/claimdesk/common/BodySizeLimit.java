package io.claimdesk.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * Refuses a request whose declared body is larger than the service accepts, with a problem like every
 * other error, before the body is read.
 */
@ApplicationScoped
public class BodySizeLimit {

    @Inject
    ClaimdeskConfig config;

    void install(@Observes Router router) {
        long limit = config.maxBodyBytes();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null || !tooLarge(length, limit)) {
                context.next();
                return;
            }
            // Closing the connection drops the rest of a body the client may already be sending.
            context.response().endHandler(ended -> context.request().connection().close());
            context.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(new JsonObject()
                            .put("type", Problems.TYPE_PREFIX + "too-large")
                            .put("title", "Content Too Large")
                            .put("status", 413)
                            .put("detail", "The request body is larger than the " + limit + " bytes this service accepts")
                            .put("instance", context.request().path())
                            .encode());
        });
    }

    private static boolean tooLarge(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
