package io.claimdesk.claimdetail;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** After the warm-up, reading a claim and a claim list parses no HQL query: the warm-up has parsed them all. */
@QuarkusTest
class ReadWarmUpTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ReadWarmUp warmUp;

    @Test
    void aClaimAndAClaimListAfterTheWarmUpNeedNoQueryParsed() {
        String claim = TestData.reviewedClaim("FALSE");
        QueryInterpretationCache parsed = sessionFactory.unwrap(SessionFactoryImplementor.class).getQueryEngine()
                .getInterpretationCache();
        // As on a fresh instance: the queries other tests ran are forgotten.
        parsed.close();

        warmUp.warmUp();
        int parsedByWarmUp = parsed.getNumberOfCachedHqlInterpretations();
        given().get("/api/v1/claims/" + claim).then().statusCode(200);
        given().queryParam("limit", 50).get("/api/v1/claims").then().statusCode(200);

        assertEquals(parsedByWarmUp, parsed.getNumberOfCachedHqlInterpretations(), "queries parsed after the warm-up");
    }
}
