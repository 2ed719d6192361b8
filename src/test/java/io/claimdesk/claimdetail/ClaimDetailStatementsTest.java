package io.claimdesk.claimdetail;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A claim's detail costs a fixed number of SQL statements, however much the claim has gathered. */
@QuarkusTest
class ClaimDetailStatementsTest {

    @Inject
    SessionFactory sessionFactory;

    private long statementsToRead(String claim, int appearances, int evidence) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().get("/api/v1/claims/" + claim).then().statusCode(200)
                .body("appearances", hasSize(appearances))
                .body("evidence", hasSize(evidence))
                .body("latestReview", notNullValue());
        return statistics.getPrepareStatementCount();
    }

    private static void gather(String claim, int count) {
        for (int i = 0; i < count; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("sourceId", TestData.source(), "quote", Map.of("exact", TestData.TROOPS_QUOTE)))
                    .post("/api/v1/claims/" + claim + "/appearances").then().statusCode(201);
            given().contentType(ContentType.JSON)
                    .body(Map.of("url", "https://example.org/evidence/" + TestData.unique(), "stance", "REFUTES"))
                    .post("/api/v1/claims/" + claim + "/evidence").then().statusCode(201);
        }
    }

    @Test
    void aClaimWithManyAppearancesAndEvidenceCostsWhatASparseOneDoes() {
        String sparse = TestData.reviewedClaim("FALSE");
        gather(sparse, 1);
        String rich = TestData.reviewedClaim("FALSE");
        gather(rich, 8);
        TestData.review(rich, "MOSTLY_FALSE", "CONFIRMED");

        long sparseCount = statementsToRead(sparse, 2, 1);
        long richCount = statementsToRead(rich, 9, 8);

        assertEquals(sparseCount, richCount);
        assertTrue(richCount <= 7, "statements: " + richCount);
    }
}
