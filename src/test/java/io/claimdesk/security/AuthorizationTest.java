package io.claimdesk.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.claimdesk.TestData;
import io.claimdesk.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Every write operation: anonymous is 401, a role below the required one is 403, the required role succeeds. */
@QuarkusTest
class AuthorizationTest {

    /** A request to make, against data created for it. */
    record Target(String path, Map<String, ?> body) {
    }

    /**
     * @param below a role that is not enough: the one under the required role, or none at all ("viewer" is no role)
     */
    record Write(String method, String template, String role, String below, int success, Supplier<Target> setup) {

        @Override
        public String toString() {
            return method + " " + template + " needs " + role;
        }
    }

    static Stream<Write> writes() {
        return Stream.of(
                new Write("POST", "/api/v1/sources", "editor", "reviewer", 201,
                        () -> new Target("/api/v1/sources", Map.of("title", "T", "text", "Article " + TestData.unique()))),
                new Write("POST", "/api/v1/claims", "editor", "reviewer", 201,
                        () -> new Target("/api/v1/claims", Map.of("kind", "STATEMENT", "text", "A claim " + TestData.unique()))),
                new Write("PATCH", "/api/v1/claims/{id}", "reviewer", "viewer", 200,
                        () -> new Target(claimPath(), Map.of("status", "IN_REVIEW"))),
                new Write("PATCH", "/api/v1/claims/{id}", "editor", "reviewer", 200,
                        () -> new Target(claimPath(), Map.of("tags", List.of("edited")))),
                new Write("DELETE", "/api/v1/claims/{id}", "admin", "editor", 204,
                        () -> new Target(claimPath(), null)),
                new Write("POST", "/api/v1/claims/{id}/appearances", "editor", "reviewer", 201,
                        () -> new Target(claimPath() + "/appearances",
                                Map.of("sourceId", TestData.source(), "quote", Map.of("exact", TestData.TROOPS_QUOTE)))),
                new Write("POST", "/api/v1/claims/{claimId}/reviews", "reviewer", "viewer", 201,
                        () -> new Target(claimPath() + "/reviews",
                                Map.of("verdict", "TRUE", "attribution", "CONFIRMED", "rationale", "r"))),
                new Write("POST", "/api/v1/claims/{claimId}/evidence", "reviewer", "viewer", 201,
                        () -> new Target(claimPath() + "/evidence", Map.of("url", "https://example.org/e", "stance", "CONTEXT"))),
                new Write("DELETE", "/api/v1/claims/{claimId}/evidence/{evidenceId}", "admin", "editor", 204, () -> {
                    String claim = claimPath();
                    String evidence = given().contentType(ContentType.JSON)
                            .body(Map.of("url", "https://example.org/e", "stance", "CONTEXT"))
                            .post(claim + "/evidence").then().statusCode(201).extract().path("id");
                    return new Target(claim + "/evidence/" + evidence, null);
                }),
                new Write("POST", "/api/v1/sources/{id}/extraction", "editor", "reviewer", 200,
                        () -> new Target("/api/v1/sources/" + TestData.source() + "/extraction", null)),
                new Write("POST", "/api/v1/claims/{id}/merge", "editor", "reviewer", 200,
                        () -> new Target(claimPath() + "/merge", Map.of("claimId", claimPath().substring("/api/v1/claims/".length())))),
                new Write("POST", "/api/v1/actors/{id}/merge", "editor", "reviewer", 200, () -> {
                    String actor = given().contentType(ContentType.JSON)
                            .body(Map.of("name", "Actor " + TestData.unique(), "kind", "PERSON"))
                            .post("/api/v1/actors").then().statusCode(201).extract().path("id");
                    String duplicate = given().contentType(ContentType.JSON)
                            .body(Map.of("name", "Actor " + TestData.unique(), "kind", "PERSON"))
                            .post("/api/v1/actors").then().statusCode(201).extract().path("id");
                    return new Target("/api/v1/actors/" + actor + "/merge", Map.of("actorId", duplicate));
                }),
                new Write("POST", "/api/v1/actors", "editor", "reviewer", 201,
                        () -> new Target("/api/v1/actors", Map.of("name", "Actor " + TestData.unique(), "kind", "PERSON"))),
                new Write("PATCH", "/api/v1/actors/{id}", "editor", "reviewer", 200, () -> {
                    String actor = given().contentType(ContentType.JSON)
                            .body(Map.of("name", "Actor " + TestData.unique(), "kind", "PERSON"))
                            .post("/api/v1/actors").then().statusCode(201).extract().path("id");
                    return new Target("/api/v1/actors/" + actor, Map.of("description", "Changed"));
                }),
                new Write("PUT", "/api/v1/claims/{id}/assignment", "reviewer", "viewer", 200,
                        () -> new Target(claimPath() + "/assignment", Map.of("assignee", "has.reviewer"))),
                new Write("PUT", "/api/v1/claims/{id}/assignment", "editor", "reviewer", 200,
                        () -> new Target(claimPath() + "/assignment", Map.of("assignee", "someone.else"))),
                new Write("DELETE", "/api/v1/claims/{id}/assignment", "reviewer", "viewer", 200, () -> {
                    String claim = claimPath();
                    given().header("If-Match", "*").contentType(ContentType.JSON).body(Map.of("assignee", "has.reviewer"))
                            .put(claim + "/assignment").then().statusCode(200);
                    return new Target(claim + "/assignment", null);
                }),
                new Write("DELETE", "/api/v1/claims/{id}/assignment", "editor", "reviewer", 200, () -> {
                    String claim = claimPath();
                    given().header("If-Match", "*").contentType(ContentType.JSON).body(Map.of("assignee", "someone.else"))
                            .put(claim + "/assignment").then().statusCode(200);
                    return new Target(claim + "/assignment", null);
                }),
                new Write("POST", "/api/v1/claims/{claimId}/reviews/{reviewId}/approvals", "reviewer", "viewer", 201, () -> {
                    String claim = claimPath();
                    String review = TestData.review(claim.substring("/api/v1/claims/".length()), "TRUE", "CONFIRMED");
                    return new Target(claim + "/reviews/" + review + "/approvals", null);
                }),
                new Write("POST", "/api/v1/claims/{claimId}/publication", "editor", "reviewer", 201,
                        () -> new Target("/api/v1/claims/" + TestData.reviewedClaim("MOSTLY_TRUE") + "/publication", null)),
                new Write("DELETE", "/api/v1/claims/{claimId}/publication", "editor", "reviewer", 200, () -> {
                    String claim = "/api/v1/claims/" + TestData.reviewedClaim("MOSTLY_TRUE");
                    given().post(claim + "/publication").then().statusCode(201);
                    return new Target(claim + "/publication?reason=Retracted", null);
                }));
    }

    private static String claimPath() {
        return "/api/v1/claims/" + TestData.claim(TestData.source(), "Speaker " + TestData.unique());
    }

    private static Response send(RequestSpecification request, Write write, Target target) {
        request.header("If-Match", "*");
        if (target.body() != null) {
            request.contentType(ContentType.JSON).body(target.body());
        }
        return request.request(write.method(), target.path());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void anonymousIsUnauthorizedWithABearerChallenge(Write write) {
        Target target = write.setup().get();
        send(given().noFiltersOfType(Tokens.Default.class), write, target)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("detail", containsString("needs a bearer token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void aLowerRoleIsForbidden(Write write) {
        Target target = write.setup().get();
        send(given().header("Authorization", Tokens.bearer(Tokens.of("low." + write.below(), write.below()))), write, target)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("type", equalTo("urn:claimdesk:problem:forbidden"))
                .body("detail", containsString("the " + write.role() + " role"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void theRequiredRoleSucceeds(Write write) {
        Target target = write.setup().get();
        send(given().header("Authorization", Tokens.bearer(Tokens.of("has." + write.role(), write.role()))), write, target)
                .then().statusCode(write.success());
    }

    @Test
    void adminIncludesEditorAndEditorIncludesReviewer() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String review = given().header("Authorization", Tokens.bearer(Tokens.of("e", "editor"))).contentType(ContentType.JSON)
                .body(Map.of("verdict", "TRUE", "attribution", "CONFIRMED", "rationale", "r"))
                .post("/api/v1/claims/" + claim + "/reviews").then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer(Tokens.of("a", "admin")))
                .post("/api/v1/claims/" + claim + "/reviews/" + review + "/approvals").then().statusCode(201);
        given().header("Authorization", Tokens.bearer(Tokens.of("a", "admin"))).post("/api/v1/claims/" + claim + "/publication")
                .then().statusCode(201);
    }

    @Test
    void readsArePublicByDefault() {
        given().noFiltersOfType(Tokens.Default.class).get("/api/v1/claims").then().statusCode(200);
    }

    @Test
    void theTableCoversEveryWriteOperationOfTheApi() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(served).get("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (!method.equals("get") && path.getKey().startsWith("/api/")) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            });
        }
        Set<String> tested = writes().map(write -> write.method() + " " + write.template()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(operations, tested);
    }
}
