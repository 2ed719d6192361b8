package io.claimdesk.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What changes often (status, verdicts, assignee, version) is written to claim_progress, not to the claim's row. */
@QuarkusTest
class ClaimProgressTest {

    @Inject
    EntityManager em;

    /** The transaction that wrote the row's current version: it changes with every update of the row. */
    private String rowVersion(String table, String idColumn, String id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cast(xmin as text) from " + table + " where " + idColumn + " = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult().toString());
    }

    @Test
    void statusChangesAssignmentsAndReviewsLeaveTheClaimRowAsItIs() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String path = "/api/v1/claims/" + claim;
        String claimRow = rowVersion("claim", "id", claim);
        String progressRow = rowVersion("claim_progress", "claim_id", claim);

        given().contentType(ContentType.JSON).header("If-Match", TestData.etag(path))
                .body(Map.of("status", "IN_REVIEW")).patch(path).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", TestData.etag(path))
                .body(Map.of("assignee", TestData.SECOND_REVIEWER)).put(path + "/assignment").then().statusCode(200);
        TestData.review(claim, "FALSE", "MISQUOTED");

        given().get(path).then().statusCode(200)
                .header("ETag", equalTo("W/\"3\""))
                .body("version", equalTo(3))
                .body("status", equalTo("REVIEWED"))
                .body("verdict", equalTo("FALSE"))
                .body("attributionVerdict", equalTo("MISQUOTED"))
                .body("assignee", equalTo(TestData.SECOND_REVIEWER));
        assertEquals(claimRow, rowVersion("claim", "id", claim));
        assertNotEquals(progressRow, rowVersion("claim_progress", "claim_id", claim));
    }

    @Test
    void anEditOfTheTextMovesTheVersionSoAnEarlierETagIsRefused() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String path = "/api/v1/claims/" + claim;
        String etag = TestData.etag(path);

        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("text", "Edited once")).patch(path)
                .then().statusCode(200).header("ETag", equalTo("W/\"1\"")).body("version", equalTo(1));
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("text", "Edited twice")).patch(path)
                .then().statusCode(412);
        given().get(path).then().body("text", equalTo("Edited once")).body("version", equalTo(1));
    }
}
