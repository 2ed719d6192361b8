package io.claimdesk.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** What browsers need: CORS for the configured front ends, and the usual security headers on every answer. */
@QuarkusTest
class HttpHeadersTest {

    private static ValidatableResponse preflight(String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/claims/00000000-0000-0000-0000-000000000000")
                .then();
    }

    private static void secured(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void aConfiguredFrontEndMayCallWithTokenAndIfMatch() {
        preflight("http://localhost:5173")
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("authorization"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("if-match"));
    }

    @Test
    void anyOtherOriginIsRefused() {
        preflight("https://elsewhere.example").header("Access-Control-Allow-Origin", nullValue());
        secured(given().header("Origin", "https://elsewhere.example").get("/api/v1/claims").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimdesk:problem:origin-not-allowed"))
                .body("detail", containsString("https://elsewhere.example"))
                .header("Access-Control-Allow-Origin", nullValue()));
    }

    @Test
    void browsersAreNotAskedToSendCookiesAndCachesKeepAnswersApartPerOrigin() {
        // The API authenticates with bearer tokens only; caches must not serve one origin's answer to another.
        preflight("http://localhost:5173").statusCode(200)
                .header("Access-Control-Allow-Credentials", anyOf(nullValue(), equalTo("false")));
        given().header("Origin", "http://localhost:3000").get("/api/v1/claims")
                .then().statusCode(200)
                .header("Access-Control-Allow-Credentials", anyOf(nullValue(), equalTo("false")))
                .header("Vary", containsStringIgnoringCase("origin"));
    }

    @Test
    void frontEndsCanReadETagAndLocation() {
        given().header("Origin", "http://localhost:3000").get("/api/v1/claims")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("etag"))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("location"));
    }

    @Test
    void apiAnswersCarryTheSecurityHeaders() {
        secured(given().get("/api/v1/claims").then().statusCode(200));
    }

    @Test
    void errorAnswersCarryTheSecurityHeadersToo() {
        secured(given().get("/api/v1/claims/00000000-0000-0000-0000-000000000000").then().statusCode(404));
        secured(given().get("/api/v1/claims?limit=0").then().statusCode(400));
    }

    @Test
    void swaggerUiGetsAPolicyThatLetsItRun() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("'unsafe-inline'"))
                .header("Content-Security-Policy", not(containsString("default-src 'none'")))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
