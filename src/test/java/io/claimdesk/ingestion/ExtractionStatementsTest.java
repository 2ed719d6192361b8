package io.claimdesk.ingestion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Storing what extraction found runs as many statements for many claims as for few. */
@QuarkusTest
class ExtractionStatementsTest {

    private static final String[] QUOTES = {
        "The ferries will run every hour from March.",
        "We have hired twelve new captains this winter.",
        "The old pier closes for repairs in April.",
        "Ticket machines will take cards at every stop.",
        "The night crossing returns after ten years.",
        "Fuel costs rose by a third since last spring.",
    };

    @Inject
    SessionFactory sessionFactory;

    /** An article in which the same harbor master says the first quotes, one paragraph each; its title tells it apart. */
    private static String article(String marker, int quotes) {
        StringBuilder text = new StringBuilder("Harbor plans " + marker + " in " + quotes + " parts\n\nBy: Mara Quill\n\n");
        for (int i = 0; i < quotes; i++) {
            text.append("“").append(QUOTES[i]).append("” said Tomas Vell").append(marker)
                    .append(", the harbor master.\n\n");
        }
        return text.toString();
    }

    private long ingestionStatements(String marker, int quotes) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().contentType(ContentType.JSON).body(Map.of("text", article(marker, quotes)))
                .queryParam("extract", true)
                .post("/api/v1/sources")
                .then().statusCode(201).body("extraction.claimsCreated", equalTo(quotes));
        return statistics.getPrepareStatementCount();
    }

    @Test
    void storingSixExtractedClaimsTakesAsManyStatementsAsStoringTwo() {
        String marker = TestData.unique().replaceAll("[0-9-]", "x");
        ingestionStatements(marker, 1);
        assertEquals(ingestionStatements(marker, 2), ingestionStatements(marker, 6));
    }
}
