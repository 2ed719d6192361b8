package io.claimdesk.publishing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.claimdesk.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The desk at work: assignment, review, a second reviewer's approval, publication, correction and the feed. */
@QuarkusTest
class EditorialWorkflowTest {

    private static final String EDITOR = "s.cho";
    private static final String REVIEWER = "h.yoon";
    private static final String SECOND_REVIEWER = "d.kang";

    private static RequestSpecification as(String user, String role) {
        return given().header("Authorization", Tokens.bearer(Tokens.of(user, role)));
    }

    private static ValidatableResponse feedSince(String since) {
        return given().queryParam("since", since).get("/api/v1/claim-reviews").then().statusCode(200);
    }

    @Test
    void aClaimGoesFromAssignmentThroughApprovalToAPublicationThatChangesOnlyWhenAnEditorPublishesAgain() {
        String start = Instant.now().toString();
        String claim = TestData.claim(TestData.source(), "Defence Intelligence of Ukraine " + TestData.unique(), "troops");
        String path = "/api/v1/claims/" + claim;

        // An editor assigns the claim; the reviewer finds it in their queue.
        as(EDITOR, "editor").header("If-Match", TestData.etag(path)).contentType(ContentType.JSON)
                .body(Map.of("assignee", REVIEWER)).put(path + "/assignment")
                .then().statusCode(200).body("assignee", equalTo(REVIEWER));
        as(REVIEWER, "reviewer").queryParam("assignee", "me").queryParam("limit", 200).get("/api/v1/claims")
                .then().statusCode(200).body("items.id", hasItem(claim));
        given().queryParam("assignee", "none").queryParam("tag", "troops").queryParam("limit", 200).get("/api/v1/claims")
                .then().body("items.id", not(hasItem(claim)));

        // The reviewer takes it into review and rates it; a second reviewer approves the rating.
        as(REVIEWER, "reviewer").header("If-Match", TestData.etag(path)).contentType(ContentType.JSON)
                .body(Map.of("status", "IN_REVIEW")).patch(path)
                .then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        String review = as(REVIEWER, "reviewer").contentType(ContentType.JSON)
                .body(Map.of("verdict", "MOSTLY_TRUE", "attribution", "CONFIRMED",
                        "rationale", "HUR's figure matches later South Korean estimates of 10,000 to 12,000 troops."))
                .post(path + "/reviews").then().statusCode(201).extract().path("id");
        as(SECOND_REVIEWER, "reviewer").post(path + "/reviews/" + review + "/approvals")
                .then().statusCode(201).body("approver", equalTo(SECOND_REVIEWER));

        // The editor publishes.
        as(EDITOR, "editor").post(path + "/publication")
                .then().statusCode(201).body("version", equalTo(1)).body("reviewId", equalTo(review));
        JsonPath published = feedSince(start).body("items.claimId", contains(claim))
                .body("items[0].change", equalTo("PUBLISHED")).extract().jsonPath();
        String publishedAt = published.getString("items[0].changedAt");
        String datePublished = given().get(path + "/claim-review").then().statusCode(200)
                .body("reviewRating.ratingValue", equalTo(4))
                .body("dateModified", nullValue())
                .extract().path("datePublished");

        // A later review, unpublished, leaves the live ClaimReview alone and marks the publication outdated.
        String correction = as(REVIEWER, "reviewer").contentType(ContentType.JSON)
                .body(Map.of("verdict", "FALSE", "attribution", "CONFIRMED", "rationale", "The count was revised down."))
                .post(path + "/reviews").then().statusCode(201).extract().path("id");
        given().get(path + "/claim-review").then()
                .body("reviewRating.ratingValue", equalTo(4))
                .body("reviewRating.alternateName", equalTo("Mostly true"))
                .body("dateModified", nullValue());
        given().get(path).then()
                .body("verdict", equalTo("FALSE"))
                .body("publication.reviewId", equalTo(review))
                .body("publication.outdated", equalTo(true));
        feedSince(publishedAt).body("items", org.hamcrest.Matchers.empty());

        // Publishing again needs the new review approved, then makes a second version.
        as(EDITOR, "editor").post(path + "/publication").then().statusCode(409).body("missingApprovals", equalTo(1));
        as(SECOND_REVIEWER, "reviewer").post(path + "/reviews/" + correction + "/approvals").then().statusCode(201);
        String republishedAt = as(EDITOR, "editor").post(path + "/publication")
                .then().statusCode(201).body("version", equalTo(2)).extract().path("publishedAt");
        given().get(path + "/claim-review").then()
                .body("reviewRating.ratingValue", equalTo(1))
                .body("datePublished", equalTo(datePublished))
                .body("dateModified", equalTo(republishedAt));
        given().get(path).then().body("publication.outdated", equalTo(false)).body("publication.version", equalTo(2));
        given().get(path + "/publications").then().statusCode(200)
                .body("items.version", contains(2, 1))
                .body("items.verdict", contains("FALSE", "MOSTLY_TRUE"))
                .body("items[1].supersededAt", equalTo(republishedAt));

        // The feed polled with the previous change time returns exactly the republished claim, then the retraction.
        JsonPath republished = feedSince(publishedAt).body("items.claimId", contains(claim))
                .body("items[0].change", equalTo("REPUBLISHED"))
                .body("items[0].claimReview.reviewRating.ratingValue", equalTo(1))
                .extract().jsonPath();
        String republishedChange = republished.getString("items[0].changedAt");
        assertEquals(republishedAt, republishedChange);
        as(EDITOR, "editor").queryParam("reason", "The verdict is being corrected after the NIS revised its estimate.")
                .delete(path + "/publication").then().statusCode(200);
        String retractedAt = feedSince(republishedChange).body("items.claimId", contains(claim))
                .body("items[0].change", equalTo("RETRACTED"))
                .body("items[0].claimReview", nullValue())
                .body("items[0].retractedAt", notNullValue())
                .extract().path("items[0].changedAt");
        assertNotEquals(republishedChange, retractedAt);
        feedSince(retractedAt).body("items", org.hamcrest.Matchers.empty());

        // Every step is in the claim's history.
        given().queryParam("limit", 200).get(path + "/history").then()
                .body("items.findAll { it.action == 'APPROVE' }.actor", contains(SECOND_REVIEWER, SECOND_REVIEWER))
                .body("items.findAll { it.entityType == 'PUBLICATION' }.action", contains("PUBLISH", "PUBLISH", "RETRACT"))
                .body("items.find { it.after?.assignee == '" + REVIEWER + "' }.actor", equalTo(EDITOR));
    }
}
