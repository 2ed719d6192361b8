package io.claimdesk.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.claimdesk.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class EvidenceResourceTest {

    @Test
    void linksAStoredSourceWithAnAnchoredQuote() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String text = "Seoul's spy agency estimated 10,000 to 12,000 troops. " + TestData.unique();
        String evidenceSource = TestData.source(text);
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceId", evidenceSource, "quote", Map.of("exact", "10,000 to 12,000 troops"),
                        "stance", "SUPPORTS", "note", "Independent estimate"))
                .post("/api/v1/claims/" + claim + "/evidence")
                .then().statusCode(201)
                .header("Location", containsString("/evidence/"))
                .body("source.id", equalTo(evidenceSource))
                .body("quote.start", equalTo(text.indexOf("10,000")))
                .body("url", nullValue())
                .body("stance", equalTo("SUPPORTS"))
                .body("addedBy", equalTo(Tokens.DEFAULT_USER));
    }

    @Test
    void linksAnExternalUrlAndListsOldestFirst() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String first = add(claim, Map.of("url", "https://example.org/one", "title", "One", "stance", "REFUTES"));
        String second = add(claim, Map.of("url", "https://example.org/two", "stance", "CONTEXT"));
        given().get("/api/v1/claims/" + claim + "/evidence")
                .then().statusCode(200)
                .body("items.id", contains(first, second))
                .body("items[0].title", equalTo("One"));
    }

    @Test
    void deletesEvidenceOfItsOwnClaimOnly() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String other = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String evidence = add(claim, Map.of("url", "https://example.org/x", "stance", "CONTEXT"));
        given().delete("/api/v1/claims/" + other + "/evidence/" + evidence).then().statusCode(404);
        given().delete("/api/v1/claims/" + claim + "/evidence/" + evidence).then().statusCode(204);
        given().delete("/api/v1/claims/" + claim + "/evidence/" + evidence).then().statusCode(404);
        given().get("/api/v1/claims/" + claim + "/evidence").then().body("items", hasSize(0));
    }

    @Test
    void refusesEvidenceWithoutExactlyOneTargetOrWithABadQuote() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String source = TestData.source();
        given().contentType(ContentType.JSON).body(Map.of("stance", "SUPPORTS"))
                .post("/api/v1/claims/" + claim + "/evidence").then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceId", source, "url", "https://example.org", "stance", "SUPPORTS"))
                .post("/api/v1/claims/" + claim + "/evidence").then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "javascript:alert(1)", "stance", "SUPPORTS"))
                .post("/api/v1/claims/" + claim + "/evidence").then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceId", source, "quote", Map.of("exact", "not in there"), "stance", "SUPPORTS"))
                .post("/api/v1/claims/" + claim + "/evidence").then().statusCode(422);
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org", "stance", "MAYBE"))
                .post("/api/v1/claims/" + claim + "/evidence").then().statusCode(400);
        given().get("/api/v1/claims/" + claim + "/evidence").then().body("items", hasSize(0));
    }

    private static String add(String claim, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/claims/" + claim + "/evidence").then().statusCode(201).extract().path("id");
    }
}
