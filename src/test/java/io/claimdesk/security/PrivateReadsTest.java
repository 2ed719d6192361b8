package io.claimdesk.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With claimdesk.security.public-reads=false, reading needs a valid token, whatever its roles. */
@QuarkusTest
@TestProfile(PrivateReadsTest.PrivateReads.class)
class PrivateReadsTest {

    public static class PrivateReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimdesk.security.public-reads", "false");
        }
    }

    @Test
    void anonymousReadsAreUnauthorized() {
        given().noFiltersOfType(Tokens.Default.class).get("/api/v1/claims")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().noFiltersOfType(Tokens.Default.class).get("/api/v1/claim-reviews").then().statusCode(401);
    }

    @Test
    void anInvalidTokenCannotRead() {
        given().noFiltersOfType(Tokens.Default.class).header("Authorization", Tokens.bearer("not-a-token"))
                .get("/api/v1/sources").then().statusCode(401);
    }

    @Test
    void anyAuthenticatedCallerCanRead() {
        given().header("Authorization", Tokens.bearer(Tokens.of("reader", "viewer"))).get("/api/v1/claims")
                .then().statusCode(200).body("items", notNullValue());
    }

    @Test
    void healthStaysOpenForProbes() {
        given().noFiltersOfType(Tokens.Default.class).get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
