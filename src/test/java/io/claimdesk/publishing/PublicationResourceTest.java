package io.claimdesk.publishing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.claimdesk.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PublicationResourceTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aReviewedClaimIsPublishedOnceAndShowsItsPublication() {
        String claim = TestData.reviewedClaim("MOSTLY_TRUE");
        given().post("/api/v1/claims/" + claim + "/publication")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/claims/" + claim + "/claim-review"))
                .body("claimId", equalTo(claim))
                .body("url", equalTo("https://claimdesk.example.org/reviews/" + claim))
                .body("publishedBy", equalTo(Tokens.DEFAULT_USER))
                .body("publishedAt", notNullValue())
                .body("retractedAt", nullValue());
        given().get("/api/v1/claims/" + claim)
                .then().body("publication.url", equalTo("https://claimdesk.example.org/reviews/" + claim));
        given().post("/api/v1/claims/" + claim + "/publication")
                .then().statusCode(409).contentType("application/problem+json");
        given().get("/api/v1/claims/" + claim + "/claim-review")
                .then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("'@type'", equalTo("ClaimReview"))
                .body("reviewRating.ratingValue", equalTo(4));
    }

    @Test
    void onlyReviewedClaimsArePublished() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        given().post("/api/v1/claims/" + claim + "/publication")
                .then().statusCode(409).contentType("application/problem+json");
        given().get("/api/v1/claims/" + claim + "/claim-review")
                .then().statusCode(404).contentType("application/problem+json");
        given().post("/api/v1/claims/00000000-0000-0000-0000-000000000000/publication").then().statusCode(404);
        given().get("/api/v1/claims/00000000-0000-0000-0000-000000000000/claim-review").then().statusCode(404);
    }

    @Test
    void aRetractionIsKeptAndTheClaimCanBePublishedAgain() {
        String claim = TestData.reviewedClaim("FALSE");
        String first = given().post("/api/v1/claims/" + claim + "/publication").then().statusCode(201).extract().path("id");
        given().delete("/api/v1/claims/" + claim + "/publication")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("reason", " ").delete("/api/v1/claims/" + claim + "/publication")
                .then().statusCode(400);
        given().queryParam("reason", "Verdict under correction").delete("/api/v1/claims/" + claim + "/publication")
                .then().statusCode(200)
                .body("id", equalTo(first))
                .body("retractedAt", notNullValue())
                .body("retractedBy", equalTo(Tokens.DEFAULT_USER))
                .body("retractionReason", equalTo("Verdict under correction"));
        given().get("/api/v1/claims/" + claim).then().body("publication", nullValue());
        given().get("/api/v1/claims/" + claim + "/claim-review").then().statusCode(404);
        given().queryParam("reason", "again").delete("/api/v1/claims/" + claim + "/publication").then().statusCode(409);
        given().post("/api/v1/claims/" + claim + "/publication")
                .then().statusCode(201).body("id", not(equalTo(first)));
        given().get("/api/v1/claims/" + claim + "/history")
                .then().body("items.findAll { it.entityType == 'PUBLICATION' }.action", contains("PUBLISH", "RETRACT", "PUBLISH"));
    }

    @Test
    void theFeedListsChangesSinceAnInstantInTheOrderTheyWereMadeInPages() {
        String since = Instant.now().toString();
        String first = TestData.reviewedClaim("TRUE");
        String retracted = TestData.reviewedClaim("FALSE");
        String third = TestData.reviewedClaim("MIXED");
        for (String claim : new String[] { first, retracted, third }) {
            given().post("/api/v1/claims/" + claim + "/publication").then().statusCode(201);
        }
        given().queryParam("reason", "withdrawn").delete("/api/v1/claims/" + retracted + "/publication").then().statusCode(200);
        String cursor = given().queryParam("since", since).queryParam("limit", 2).get("/api/v1/claim-reviews")
                .then().statusCode(200)
                .body("items.claimId", contains(first, third))
                .body("items.change", contains("PUBLISHED", "PUBLISHED"))
                .body("items[0].claimReview.url", equalTo("https://claimdesk.example.org/reviews/" + first))
                .body("items[0].claimReview.'@context'", equalTo("https://schema.org"))
                .extract().path("nextCursor");
        given().queryParam("since", since).queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/claim-reviews")
                .then().body("items.claimId", contains(retracted))
                .body("items[0].change", equalTo("RETRACTED"))
                .body("items[0].retractedAt", notNullValue())
                .body("items[0].claimReview", nullValue())
                .body("nextCursor", nullValue());
        given().queryParam("since", "yesterday").get("/api/v1/claim-reviews")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void publishingWaitsForAnotherReviewersApproval() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String review = TestData.review(claim, "MOSTLY_TRUE", "CONFIRMED");
        given().post("/api/v1/claims/" + claim + "/publication")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claimdesk:problem:approvals-missing"))
                .body("missingApprovals", equalTo(1))
                .body("detail", containsString("0 of the 1 approvals"));
        given().post("/api/v1/claims/" + claim + "/reviews/" + review + "/approvals")
                .then().statusCode(403).contentType("application/problem+json");
        TestData.approve(claim, review);
        given().header("Authorization", Tokens.bearer(Tokens.of(TestData.SECOND_REVIEWER, "reviewer")))
                .post("/api/v1/claims/" + claim + "/reviews/" + review + "/approvals")
                .then().statusCode(409).contentType("application/problem+json");
        given().post("/api/v1/claims/" + claim + "/reviews/00000000-0000-0000-0000-000000000000/approvals")
                .then().statusCode(404);
        given().get("/api/v1/claims/" + claim)
                .then().body("latestReview.approvals.approver", contains(TestData.SECOND_REVIEWER));
        given().post("/api/v1/claims/" + claim + "/publication").then().statusCode(201);
        given().get("/api/v1/claims/" + claim + "/history")
                .then().body("items.findAll { it.action == 'APPROVE' }.after.approver", contains(TestData.SECOND_REVIEWER));
    }

    @Test
    void aPublishedClaimCannotBeDeletedBeforeItIsRetracted() {
        String claim = TestData.reviewedClaim("FALSE");
        given().post("/api/v1/claims/" + claim + "/publication").then().statusCode(201);
        given().header("If-Match", "*").delete("/api/v1/claims/" + claim).then().statusCode(409);
        given().queryParam("reason", "withdrawn").delete("/api/v1/claims/" + claim + "/publication").then().statusCode(200);
        given().header("If-Match", "*").delete("/api/v1/claims/" + claim).then().statusCode(204);
    }

    @Test
    void theFeedTakesAFixedNumberOfStatements() {
        String since = Instant.now().toString();
        for (int i = 0; i < 12; i++) {
            String claim = TestData.reviewedClaim("MOSTLY_FALSE");
            given().post("/api/v1/claims/" + claim + "/publication").then().statusCode(201);
        }
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().queryParam("since", since).get("/api/v1/claim-reviews").then().statusCode(200).body("items", hasSize(12));
        long count = statistics.getPrepareStatementCount();
        assertTrue(count <= 3, "statements: " + count);
    }

    @Test
    void listingApprovedReviewsAndPublishedVersionsTakesAFixedNumberOfStatements() {
        String claim = TestData.reviewedClaim("TRUE");
        given().post("/api/v1/claims/" + claim + "/publication").then().statusCode(201);
        for (int i = 0; i < 10; i++) {
            TestData.approvedReview(claim, i % 2 == 0 ? "FALSE" : "TRUE", "CONFIRMED");
            given().post("/api/v1/claims/" + claim + "/publication").then().statusCode(201);
        }
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().get("/api/v1/claims/" + claim + "/reviews").then().statusCode(200)
                .body("items", hasSize(11))
                .body("items[10].approvals", hasSize(1));
        long reviews = statistics.getPrepareStatementCount();
        assertTrue(reviews <= 5, "statements: " + reviews);
        statistics.clear();
        given().get("/api/v1/claims/" + claim + "/publications").then().statusCode(200)
                .body("items", hasSize(11))
                .body("items[0].version", equalTo(11));
        long versions = statistics.getPrepareStatementCount();
        assertTrue(versions <= 4, "statements: " + versions);
    }
}
