package io.claimdesk.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Search finds a claim by its text, its quotes and its speaker, as they are after each change. */
@QuarkusTest
class ClaimSearchTest {

    @Test
    void aQuoteAddedFromAnotherSourceIsFoundAtOnce() {
        String word = TestData.searchableWord("quoted");
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        search(word).then().body("items", empty());

        String other = TestData.source("Elsewhere the " + word + " clause was read out. " + TestData.unique());
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceId", other, "quote", Map.of("exact", "the " + word + " clause")))
                .post("/api/v1/claims/" + claim + "/appearances").then().statusCode(201);

        search(word).then().statusCode(200).body("items.id", contains(claim));
    }

    @Test
    void anEditedTextIsFoundByItsNewWordsOnly() {
        String before = TestData.searchableWord("before");
        String after = TestData.searchableWord("after");
        String claim = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "STATEMENT", "text", "The " + before + " levy doubles next year"))
                .post("/api/v1/claims").then().statusCode(201).extract().path("id");
        search(before).then().body("items.id", contains(claim));

        given().contentType(ContentType.JSON).header("If-Match", TestData.etag("/api/v1/claims/" + claim))
                .body(Map.of("text", "The " + after + " levy doubles next year"))
                .patch("/api/v1/claims/" + claim).then().statusCode(200);

        search(after).then().body("items.id", contains(claim));
        search(before).then().body("items", empty());
    }

    @Test
    void aClaimIsFoundByItsSpeakersNameAlsoAfterARename() {
        String name = TestData.searchableWord("minister");
        String renamed = TestData.searchableWord("renamed");
        String claim = TestData.claim(TestData.source(), "Minister " + name);
        search(name).then().body("items.id", contains(claim));

        String speaker = given().get("/api/v1/claims/" + claim).then().extract().path("speaker.id");
        given().contentType(ContentType.JSON).header("If-Match", TestData.etag("/api/v1/actors/" + speaker))
                .body(Map.of("name", "Minister " + renamed))
                .patch("/api/v1/actors/" + speaker).then().statusCode(200);

        search(renamed).then().body("items.id", contains(claim));
        search(name).then().body("items", empty());
    }

    @Test
    void wordsOfTheClaimItselfRankAboveWordsOfItsSpeaker() {
        String word = TestData.searchableWord("ranked");
        String bySpeaker = TestData.claim(TestData.source(), "Senator " + word);
        String byText = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "STATEMENT", "text", "The " + word + " bill passed in March"))
                .post("/api/v1/claims").then().statusCode(201).extract().path("id");

        search(word).then().body("items.id", contains(byText, bySpeaker));
    }

    private static io.restassured.response.Response search(String q) {
        return given().queryParam("q", q).get("/api/v1/claims");
    }
}
