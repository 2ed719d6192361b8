package io.claimdesk.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;

/**
 * GET /desk/settings.json: how the desk signs users in. A plain route rather than an API resource, so that it is
 * readable before sign-in even when reads need a token, and stays out of the API contract.
 */
@ApplicationScoped
public class DeskSettingsRoute {

    @Inject
    DeskConfig config;

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        router.get("/desk/settings.json").handler(context -> context.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store")
                .end(body()));
    }

    private String body() {
        try {
            return json.writeValueAsString(DeskSettings.of(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
