package io.claimdesk.reviews;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Reviews are appended, so reviewers posting at the same moment are all stored; none is refused. */
@QuarkusTest
class SimultaneousReviewsTest {

    private static final int REVIEWERS = 50;

    @Test
    void everySimultaneousReviewIsStoredAndTheClaimTakesTheNewest() throws Exception {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        CyclicBarrier start = new CyclicBarrier(REVIEWERS);
        ExecutorService threads = Executors.newFixedThreadPool(REVIEWERS);
        List<CompletableFuture<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < REVIEWERS; i++) {
                String verdict = i % 2 == 0 ? "FALSE" : "MOSTLY_TRUE";
                statuses.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return given().contentType(ContentType.JSON)
                            .body(Map.of("verdict", verdict, "attribution", "CONFIRMED", "rationale", "Checked"))
                            .post("/api/v1/claims/" + claim + "/reviews").then().extract().statusCode();
                }, threads));
            }
            for (CompletableFuture<Integer> status : statuses) {
                assertEquals(201, status.get());
            }
        } finally {
            threads.shutdownNow();
        }

        List<Map<String, Object>> reviews = given().queryParam("limit", 100)
                .get("/api/v1/claims/" + claim + "/reviews").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertEquals(REVIEWERS, reviews.size());
        Map<String, Object> newest = reviews.stream()
                .max(Comparator.comparing((Map<String, Object> review) -> (String) review.get("createdAt")))
                .orElseThrow();
        JsonPath detail = given().get("/api/v1/claims/" + claim).then().statusCode(200).extract().jsonPath();
        assertEquals(newest.get("verdict"), detail.getString("verdict"));
        assertEquals("REVIEWED", detail.getString("status"));

        List<String> reviewEntries = given().queryParam("limit", 200)
                .get("/api/v1/claims/" + claim + "/history").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.entityType == 'REVIEW' }.action");
        assertEquals(REVIEWERS, reviewEntries.size());
    }
}
