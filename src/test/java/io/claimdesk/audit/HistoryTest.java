package io.claimdesk.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.claimdesk.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every change is recorded with who made it and the state before and after; failed changes leave nothing. */
@QuarkusTest
class HistoryTest {

    @Inject
    SessionFactory sessionFactory;

    private static String history(String claim) {
        return "/api/v1/claims/" + claim + "/history";
    }

    @Test
    void aClaimsChangesAreListedOldestFirstWithWhoAndWhat() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        given().header("Authorization", Tokens.bearer(Tokens.of("r.one", "reviewer")))
                .header("If-Match", TestData.etag("/api/v1/claims/" + claim)).contentType(ContentType.JSON)
                .body(Map.of("status", "IN_REVIEW")).patch("/api/v1/claims/" + claim).then().statusCode(200);
        TestData.review(claim, "MIXED", "MISQUOTED");
        String evidence = given().contentType(ContentType.JSON).body(Map.of("url", "https://example.org/h", "stance", "REFUTES"))
                .post("/api/v1/claims/" + claim + "/evidence").then().statusCode(201).extract().path("id");
        given().delete("/api/v1/claims/" + claim + "/evidence/" + evidence).then().statusCode(204);

        given().get(history(claim))
                .then().statusCode(200)
                .body("items.entityType", contains("CLAIM", "APPEARANCE", "CLAIM", "REVIEW", "CLAIM", "EVIDENCE", "EVIDENCE"))
                .body("items.action", contains("CREATE", "CREATE", "UPDATE", "CREATE", "UPDATE", "CREATE", "DELETE"))
                .body("items.claimId", everyItem(equalTo(claim)))
                .body("items[0].before", nullValue())
                .body("items[0].after.status", equalTo("NEW"))
                .body("items[2].actor", equalTo("r.one"))
                .body("items[2].before.status", equalTo("NEW"))
                .body("items[2].after.status", equalTo("IN_REVIEW"))
                .body("items[3].actor", equalTo(Tokens.DEFAULT_USER))
                .body("items[3].after.attribution", equalTo("MISQUOTED"))
                .body("items[4].before.verdict", nullValue())
                .body("items[4].after.verdict", equalTo("MIXED"))
                .body("items[4].after.attributionVerdict", equalTo("MISQUOTED"))
                .body("items[6].entityId", equalTo(evidence))
                .body("items[6].before.url", equalTo("https://example.org/h"))
                .body("items[6].after", nullValue());
    }

    @Test
    void theHistoryPagesWithACursor() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        TestData.review(claim, "TRUE", "CONFIRMED");
        String cursor = given().queryParam("limit", 3).get(history(claim))
                .then().body("items.action", contains("CREATE", "CREATE", "CREATE")).extract().path("nextCursor");
        given().queryParam("limit", 3).queryParam("cursor", cursor).get(history(claim))
                .then().body("items.action", contains("UPDATE")).body("nextCursor", nullValue());
        given().queryParam("cursor", "bm9wZQ").get(history(claim)).then().statusCode(400);
        given().get(history("00000000-0000-0000-0000-000000000000")).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        given().header("If-Match", TestData.etag("/api/v1/claims/" + claim)).contentType(ContentType.JSON)
                .body(Map.of("status", "DISMISSED")).patch("/api/v1/claims/" + claim).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("verdict", "FALSE", "attribution", "CONFIRMED", "rationale", "r"))
                .post("/api/v1/claims/" + claim + "/reviews").then().statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceId", TestData.source(), "quote", Map.of("exact", "words that are not there")))
                .post("/api/v1/claims/" + claim + "/appearances").then().statusCode(422);
        given().get(history(claim)).then().body("items.action", contains("CREATE", "CREATE", "UPDATE"));
    }

    @Test
    void actorChangesAreRecordedToo() {
        String name = "Audited Actor " + TestData.unique();
        String actor = given().contentType(ContentType.JSON).body(Map.of("name", name, "kind", "PERSON"))
                .post("/api/v1/actors").then().statusCode(201).extract().path("id");
        given().header("If-Match", TestData.etag("/api/v1/actors/" + actor)).contentType(ContentType.JSON)
                .body(Map.of("sameAs", List.of("https://en.wikipedia.org/wiki/Example")))
                .patch("/api/v1/actors/" + actor).then().statusCode(200);
        List<String> actions = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> list(
                "entityType = ?1 and entityId = ?2 order by createdAt", AuditedType.ACTOR, UUID.fromString(actor))
                .stream().map(entry -> entry.action + " by " + entry.actor + ": " + entry.after).toList());
        assertEquals(2, actions.size(), actions.toString());
        assertTrue(actions.get(0).startsWith("CREATE by " + Tokens.DEFAULT_USER), actions.get(0));
        assertTrue(actions.get(1).startsWith("UPDATE") && actions.get(1).contains("wikipedia.org/wiki/Example"), actions.get(1));
    }

    @Test
    void readingTheHistoryTakesAFixedNumberOfStatements() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        for (int i = 0; i < 10; i++) {
            TestData.review(claim, "TRUE", "CONFIRMED");
        }
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().get(history(claim)).then().statusCode(200).body("items", hasSize(22));
        long count = statistics.getPrepareStatementCount();
        assertTrue(count <= 3, "statements: " + count);
    }
}
