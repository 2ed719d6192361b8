package io.claimdesk.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.claimdesk.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ClaimAssignmentTest {

    private static RequestSpecification as(String user, String role) {
        return given().header("Authorization", Tokens.bearer(Tokens.of(user, role)));
    }

    private static Response assign(RequestSpecification request, String path, String assignee) {
        return request.header("If-Match", TestData.etag(path)).contentType(ContentType.JSON)
                .body(Map.of("assignee", assignee)).put(path + "/assignment");
    }

    private static String claimPath() {
        return "/api/v1/claims/" + TestData.claim(TestData.source(), "Speaker " + TestData.unique());
    }

    @Test
    void aReviewerTakesAnUnassignedClaimAndGivesItBack() {
        String reviewer = "r." + TestData.unique();
        String path = claimPath();
        String id = path.substring("/api/v1/claims/".length());
        assign(as(reviewer, "reviewer"), path, reviewer).then().statusCode(200)
                .header("ETag", equalTo("W/\"1\""))
                .body("assignee", equalTo(reviewer));
        as(reviewer, "reviewer").queryParam("assignee", "me").get("/api/v1/claims")
                .then().statusCode(200).body("items.id", contains(id));
        given().queryParam("assignee", reviewer).get("/api/v1/claims").then().body("items.id", contains(id));
        as(reviewer, "reviewer").header("If-Match", TestData.etag(path)).delete(path + "/assignment")
                .then().statusCode(200).body("assignee", nullValue());
        as(reviewer, "reviewer").queryParam("assignee", "me").get("/api/v1/claims").then().body("items.id", not(hasItem(id)));
        given().queryParam("assignee", "none").queryParam("limit", 200).get("/api/v1/claims").then().body("items.id", hasItem(id));
        given().get(path + "/history").then()
                .body("items.findAll { it.entityType == 'CLAIM' && it.action == 'UPDATE' }.after.assignee", contains(reviewer, null));
    }

    @Test
    void onlyEditorsAssignOthersOrTakeAClaimFromItsAssignee() {
        String path = claimPath();
        assign(as("r.one", "reviewer"), path, "r.two").then().statusCode(403).contentType("application/problem+json");
        assign(as("e.one", "editor"), path, "r.two").then().statusCode(200).body("assignee", equalTo("r.two"));
        assign(as("r.one", "reviewer"), path, "r.one").then().statusCode(409).contentType("application/problem+json");
        as("r.one", "reviewer").header("If-Match", TestData.etag(path)).delete(path + "/assignment")
                .then().statusCode(403);
        assign(as("e.one", "editor"), path, "r.one").then().statusCode(200).body("assignee", equalTo("r.one"));
        as("e.one", "editor").header("If-Match", TestData.etag(path)).delete(path + "/assignment")
                .then().statusCode(200).body("assignee", nullValue());
    }

    @Test
    void assigningNeedsTheCurrentEtagAndAName() {
        String path = claimPath();
        given().contentType(ContentType.JSON).body(Map.of("assignee", "r.one")).put(path + "/assignment")
                .then().statusCode(428);
        given().header("If-Match", "W/\"7\"").contentType(ContentType.JSON).body(Map.of("assignee", "r.one"))
                .put(path + "/assignment").then().statusCode(412);
        given().header("If-Match", "*").contentType(ContentType.JSON).body(Map.of("assignee", " "))
                .put(path + "/assignment").then().statusCode(400).contentType("application/problem+json");
        given().header("If-Match", "*").contentType(ContentType.JSON).body(Map.of("assignee", "r.one"))
                .put("/api/v1/claims/00000000-0000-0000-0000-000000000000/assignment").then().statusCode(404);
        given().get(path).then().body("assignee", nullValue()).body("version", equalTo(0));
    }

    @Test
    void myQueueNeedsAToken() {
        given().noFiltersOfType(Tokens.Default.class).queryParam("assignee", "me").get("/api/v1/claims")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
