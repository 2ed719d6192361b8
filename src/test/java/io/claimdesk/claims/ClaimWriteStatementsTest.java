package io.claimdesk.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Writes that touch many rows run as many statements whatever their number. */
@QuarkusTest
class ClaimWriteStatementsTest {

    @Inject
    SessionFactory sessionFactory;

    private long statements(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    /** A claim quoted in as many sources, and a claim that already appears in the first of them. */
    private long foldingStatements(int appearances) {
        String first = TestData.source();
        String into = TestData.claimAlongsideOthers(first, "Fold Target " + TestData.unique());
        String folded = TestData.claimAlongsideOthers(first, "Fold Speaker " + TestData.unique());
        for (int i = 1; i < appearances; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("sourceId", TestData.source(), "quote", Map.of("exact", TestData.TROOPS_QUOTE)))
                    .post("/api/v1/claims/" + folded + "/appearances").then().statusCode(201);
        }
        return statements(() -> given().contentType(ContentType.JSON).body(Map.of("claimId", folded))
                .post("/api/v1/claims/" + into + "/merge")
                .then().log().ifValidationFails().statusCode(200).body("appearances", hasSize(appearances)));
    }

    @Test
    void foldingInAClaimTakesAsManyStatementsForTwelveAppearancesAsForTwo() {
        assertEquals(foldingStatements(2), foldingStatements(12));
    }
}
