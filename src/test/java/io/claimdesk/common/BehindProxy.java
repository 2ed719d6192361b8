package io.claimdesk.common;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The production settings for running behind a reverse proxy, with the trusted proxy at the address given. */
abstract class BehindProxy implements QuarkusTestProfile {

    abstract String trustedProxies();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.enable-forwarded-host", "true",
                "quarkus.http.proxy.trusted-proxies", trustedProxies());
    }

    /** Creating something answers with its Location, which is built from the scheme and host the request came to. */
    static RequestSpecification createForwardedFrom(String host) {
        return given().header("X-Forwarded-Host", host).header("X-Forwarded-Proto", "https")
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Forwarded " + TestData.unique(), "kind", "PERSON"));
    }
}
