package io.claimdesk.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A build without the development sign-in, as every production build is, has no such endpoint. */
@QuarkusTest
@TestProfile(DevSignInAbsentTest.ProductionLike.class)
class DevSignInAbsentTest {

    public static class ProductionLike implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimdesk.desk.dev-sign-in", "false",
                    "claimdesk.desk.oidc.issuer", "https://sso.example.org/realms/newsroom",
                    "claimdesk.desk.oidc.client-id", "claimdesk-desk");
        }
    }

    @Test
    void thereIsNoDevelopmentSignIn() {
        given().noFiltersOfType(Tokens.Default.class).contentType("application/json")
                .body(Map.of("user", "d.kang", "roles", List.of("admin")))
                .post("/desk/dev-sign-in").then().statusCode(404);
    }

    @Test
    void thePageIsToldToSignInWithTheIdentityProvider() {
        given().get("/desk/settings.json").then().statusCode(200)
                .body("devSignIn", equalTo(false))
                .body("issuer", equalTo("https://sso.example.org/realms/newsroom"))
                .body("clientId", equalTo("claimdesk-desk"));
    }
}
