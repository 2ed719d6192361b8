package io.claimdesk.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The desk's page, its settings and the development sign-in of dev and test builds. */
@QuarkusTest
class DeskPageTest {

    @Test
    void theDeskIsServedAtTheRootUnderAStrictContentSecurityPolicy() {
        given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/desk/app.js"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe")));
        given().get("/desk/claim.js").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void theApiKeepsItsPolicyThatAllowsNothing() {
        given().get("/api/v1/claims").then().statusCode(200)
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
    }

    @Test
    void browsersMayPutAssignments() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/claims/00000000-0000-0000-0000-000000000000/assignment")
                .then().statusCode(200)
                .header("Access-Control-Allow-Methods", containsString("PUT"));
    }

    @Test
    void settingsTellThePageHowToSignIn() {
        given().noFiltersOfType(Tokens.Default.class).get("/desk/settings.json").then().statusCode(200)
                .body("devSignIn", equalTo(true))
                .body("scope", equalTo("openid profile"));
    }

    @Test
    void theDevelopmentSignInGivesATokenTheServiceAccepts() {
        String token = given().noFiltersOfType(Tokens.Default.class).contentType(ContentType.JSON)
                .body(Map.of("user", "d.kang", "roles", List.of("editor")))
                .post("/desk/dev-sign-in").then().statusCode(200).extract().path("accessToken");
        given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON)
                .body(Map.of("name", "Desk Agency " + io.claimdesk.TestData.unique(), "kind", "GOVERNMENT"))
                .post("/api/v1/actors").then().statusCode(201);
    }

    @Test
    void theDevelopmentSignInRefusesUnknownRoles() {
        given().noFiltersOfType(Tokens.Default.class).contentType(ContentType.JSON)
                .body(Map.of("user", "d.kang", "roles", List.of("root")))
                .post("/desk/dev-sign-in").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
