package io.claimdesk.reviews;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.claimdesk.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ReviewResourceTest {

    @Test
    void reviewsAppendAndTheLatestGivesTheVerdict() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String first = TestData.review(claim, "UNVERIFIABLE", "CONFIRMED");
        String second = TestData.review(claim, "MOSTLY_TRUE", "CONFIRMED");
        given().get("/api/v1/claims/" + claim)
                .then().body("verdict", equalTo("MOSTLY_TRUE"))
                .body("status", equalTo("REVIEWED"))
                .body("latestReview.id", equalTo(second));
        given().get("/api/v1/claims/" + claim + "/reviews")
                .then().statusCode(200)
                .body("items.id", contains(second, first));
        given().queryParam("verdict", "MOSTLY_TRUE").queryParam("speakerId",
                given().get("/api/v1/claims/" + claim).then().extract().path("speaker.id").toString())
                .get("/api/v1/claims").then().body("items.id", contains(claim));
    }

    @Test
    void reviewsPageNewestFirst() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String first = TestData.review(claim, "FALSE", "CONFIRMED");
        String second = TestData.review(claim, "MISLEADING", "CONFIRMED");
        String cursor = given().queryParam("limit", 1).get("/api/v1/claims/" + claim + "/reviews")
                .then().body("items.id", contains(second)).extract().path("nextCursor");
        given().queryParam("limit", 1).queryParam("cursor", cursor).get("/api/v1/claims/" + claim + "/reviews")
                .then().body("items.id", contains(first));
    }

    @Test
    void aDismissedClaimTakesNoReview() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        given().contentType(ContentType.JSON).header("If-Match", TestData.etag("/api/v1/claims/" + claim))
                .body(Map.of("status", "DISMISSED")).patch("/api/v1/claims/" + claim).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("verdict", "FALSE", "attribution", "CONFIRMED", "rationale", "r"))
                .post("/api/v1/claims/" + claim + "/reviews").then().statusCode(409);
        given().get("/api/v1/claims/" + claim + "/reviews").then().body("items", hasSize(0));
    }

    @Test
    void theAttributionVerdictFollowsTheLatestReviewAndFiltersClaims() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        given().get("/api/v1/claims/" + claim).then().body("attributionVerdict", nullValue());
        TestData.review(claim, "FALSE", "MISQUOTED");
        given().get("/api/v1/claims/" + claim)
                .then().body("attributionVerdict", equalTo("MISQUOTED"))
                .body("latestReview.attribution", equalTo("MISQUOTED"));
        String speaker = given().get("/api/v1/claims/" + claim).then().extract().path("speaker.id");
        given().queryParam("attributionVerdict", "MISQUOTED").queryParam("speakerId", speaker).get("/api/v1/claims")
                .then().body("items.id", contains(claim)).body("items[0].attributionVerdict", equalTo("MISQUOTED"));
        TestData.review(claim, "FALSE", "MISATTRIBUTED");
        given().queryParam("attributionVerdict", "MISQUOTED").queryParam("speakerId", speaker).get("/api/v1/claims")
                .then().body("items", hasSize(0));
        given().queryParam("attributionVerdict", "HALF").get("/api/v1/claims")
                .then().statusCode(400).body("detail", containsString("CONFIRMED, MISATTRIBUTED, MISQUOTED, UNVERIFIED"));
    }

    @Test
    void aCorrectionSupersedesAnEarlierReviewAndBothStayListed() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String first = TestData.review(claim, "TRUE", "CONFIRMED");
        String correction = given().contentType(ContentType.JSON)
                .body(Map.of("verdict", "MOSTLY_TRUE", "attribution", "CONFIRMED", "rationale", "The estimate was revised",
                        "supersedes", first, "correctionReason", "NIS revised its figure"))
                .post("/api/v1/claims/" + claim + "/reviews")
                .then().statusCode(201)
                .body("supersedes", equalTo(first))
                .body("correctionReason", equalTo("NIS revised its figure"))
                .body("supersededBy", nullValue())
                .extract().path("id");
        given().get("/api/v1/claims/" + claim + "/reviews")
                .then().body("items.id", contains(correction, first))
                .body("items[1].supersededBy", equalTo(correction))
                .body("items[0].supersedes", equalTo(first));
        given().get("/api/v1/claims/" + claim).then().body("verdict", equalTo("MOSTLY_TRUE"))
                .body("latestReview.id", equalTo(correction));
    }

    @Test
    void correctionsNeedAReasonAReviewOfTheSameClaimAndCorrectEachReviewOnce() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String first = TestData.review(claim, "TRUE", "CONFIRMED");
        given().contentType(ContentType.JSON)
                .body(Map.of("verdict", "FALSE", "attribution", "CONFIRMED", "rationale", "r", "supersedes", first))
                .post("/api/v1/claims/" + claim + "/reviews")
                .then().statusCode(400).body("violations.field", hasItem("correctionReason"));
        given().contentType(ContentType.JSON)
                .body(Map.of("verdict", "FALSE", "attribution", "CONFIRMED", "rationale", "r", "correctionReason", "why"))
                .post("/api/v1/claims/" + claim + "/reviews")
                .then().statusCode(400).body("violations.field", hasItem("correctionReason"));
        String other = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String elsewhere = TestData.review(other, "TRUE", "CONFIRMED");
        given().contentType(ContentType.JSON)
                .body(Map.of("verdict", "FALSE", "attribution", "CONFIRMED", "rationale", "r", "supersedes", elsewhere,
                        "correctionReason", "why"))
                .post("/api/v1/claims/" + claim + "/reviews")
                .then().statusCode(422);
        Map<String, String> correction = Map.of("verdict", "FALSE", "attribution", "CONFIRMED", "rationale", "r",
                "supersedes", first, "correctionReason", "why");
        given().contentType(ContentType.JSON).body(correction).post("/api/v1/claims/" + claim + "/reviews")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(correction).post("/api/v1/claims/" + claim + "/reviews")
                .then().statusCode(409).contentType("application/problem+json");
        given().get("/api/v1/claims/" + claim + "/reviews").then().body("items", hasSize(2));
    }

    @Test
    void theReviewerComesFromTheTokenNotTheBody() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        given().contentType(ContentType.JSON)
                .body(Map.of("verdict", "FALSE", "attribution", "CONFIRMED", "rationale", "r", "reviewer", "someone.else"))
                .post("/api/v1/claims/" + claim + "/reviews")
                .then().statusCode(400)
                .body("detail", containsString("Unknown property \"reviewer\""));
        given().header("Authorization", Tokens.bearer(Tokens.of("j.park", "reviewer")))
                .contentType(ContentType.JSON).body(Map.of("verdict", "FALSE", "attribution", "CONFIRMED", "rationale", "r"))
                .post("/api/v1/claims/" + claim + "/reviews")
                .then().statusCode(201)
                .body("reviewer", equalTo("j.park"));
    }

    @Test
    void incompleteReviewsAndUnknownClaimsAreRefused() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        given().contentType(ContentType.JSON).body(Map.of("verdict", "SORT_OF"))
                .post("/api/v1/claims/" + claim + "/reviews").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("verdict", "FALSE"))
                .post("/api/v1/claims/" + claim + "/reviews")
                .then().statusCode(400)
                .body("violations.field", hasItem("rationale"))
                .body("violations.field", hasItem("attribution"));
        given().contentType(ContentType.JSON).body(Map.of("verdict", "FALSE", "attribution", "CONFIRMED", "rationale", "r"))
                .post("/api/v1/claims/00000000-0000-0000-0000-000000000000/reviews").then().statusCode(404);
        given().get("/api/v1/claims/00000000-0000-0000-0000-000000000000/reviews").then().statusCode(404);
    }
}
