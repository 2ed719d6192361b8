package io.claimdesk.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** List endpoints run a fixed number of SQL statements, however many items a page holds, and send it whole. */
@QuarkusTest
class ClaimListStatementsTest {

    private static final int CLAIMS = 50;
    private static String tag;
    private static String source;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void fiftyClaimsWithSpeakersAndTwoAppearancesEach() {
        if (tag != null) {
            return;
        }
        tag = "n" + TestData.unique();
        source = TestData.source();
        String second = TestData.source();
        for (int i = 0; i < CLAIMS; i++) {
            String claim = TestData.claimAlongsideOthers(source, "Statement Speaker " + i + " " + tag, tag);
            given().contentType(ContentType.JSON)
                    .body(Map.of("sourceId", second, "quote", Map.of("exact", TestData.TROOPS_QUOTE)))
                    .post("/api/v1/claims/" + claim + "/appearances").then().statusCode(201);
        }
    }

    private long statements(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void listingFiftyClaimsWithSpeakersAndAppearancesTakesThreeStatements() {
        long count = statements(() -> given().queryParam("tag", tag).queryParam("limit", CLAIMS).get("/api/v1/claims")
                .then().statusCode(200).body("items", hasSize(CLAIMS)).body("items[49].appearances", hasSize(2)));
        assertTrue(count <= 3, "statements: " + count);
    }

    @Test
    void aPageOfFiftyClaimsGoesOutWithItsLengthRatherThanInChunks() {
        var response = given().queryParam("tag", tag).queryParam("limit", CLAIMS).get("/api/v1/claims")
                .then().statusCode(200).extract().response();
        byte[] body = response.asByteArray();
        assertTrue(body.length > 8192, "a page larger than the default output buffer: " + body.length);
        assertEquals(String.valueOf(body.length), response.header("Content-Length"));
        assertNull(response.header("Transfer-Encoding"));
    }

    @Test
    void aQueueOfFiftyAssignedClaimsTakesThreeStatements() {
        String reviewer = "queue." + tag;
        for (String id : given().queryParam("tag", tag).queryParam("limit", CLAIMS).get("/api/v1/claims")
                .then().extract().jsonPath().getList("items.id", String.class)) {
            given().header("If-Match", "*").contentType(ContentType.JSON).body(Map.of("assignee", reviewer))
                    .put("/api/v1/claims/" + id + "/assignment").then().statusCode(200);
        }
        long count = statements(() -> given().queryParam("assignee", reviewer).queryParam("limit", CLAIMS).get("/api/v1/claims")
                .then().statusCode(200).body("items", hasSize(CLAIMS)).body("items[0].assignee", equalTo(reviewer)));
        assertTrue(count <= 3, "statements: " + count);
    }

    @Test
    void searchingClaimsTakesThreeStatements() {
        long count = statements(() -> given().queryParam("q", "soldiers trained").queryParam("tag", tag)
                .queryParam("limit", CLAIMS).get("/api/v1/claims")
                .then().statusCode(200).body("items", hasSize(CLAIMS)));
        assertTrue(count <= 3, "statements: " + count);
    }

    @Test
    void listingTheClaimsOfASourceTakesAFixedNumberOfStatements() {
        long count = statements(() -> given().queryParam("limit", CLAIMS).get("/api/v1/sources/" + source + "/claims")
                .then().statusCode(200).body("items", hasSize(CLAIMS)));
        assertTrue(count <= 3, "statements: " + count);
    }

    @Test
    void listingActorsWithAliasesTakesTwoStatements() {
        long count = statements(() -> given().queryParam("q", tag).queryParam("limit", CLAIMS).get("/api/v1/actors")
                .then().statusCode(200).body("items", hasSize(CLAIMS)));
        assertTrue(count <= 2, "statements: " + count);
    }
}
