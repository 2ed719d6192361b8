package io.claimdesk.claims;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Two reviewers editing one claim never silently overwrite each other. */
@QuarkusTest
class ConcurrentEditTest {

    private static int patch(String claim, String etag, String text) {
        return given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("text", text))
                .patch("/api/v1/claims/" + claim).then().extract().statusCode();
    }

    @Test
    void theSecondPatchWithTheSameETagFails() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String etag = TestData.etag("/api/v1/claims/" + claim);
        assertEquals(200, patch(claim, etag, "first"));
        assertEquals(412, patch(claim, etag, "second"));
        assertEquals("first", given().get("/api/v1/claims/" + claim).then().extract().path("text"));
    }

    @Test
    void aPatchThatChangesNothingKeepsTheVersionAndWritesNoHistory() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String path = "/api/v1/claims/" + claim;
        String etag = TestData.etag(path);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", "IN_REVIEW"))
                .patch(path).then().statusCode(200);
        String inReview = TestData.etag(path);
        int entries = given().get(path + "/history").then().extract().jsonPath().getList("items").size();
        for (Map<String, Object> patch : List.<Map<String, Object>> of(Map.of(), Map.of("status", "IN_REVIEW"))) {
            given().contentType(ContentType.JSON).header("If-Match", inReview).body(patch)
                    .patch(path).then().statusCode(200);
        }
        assertEquals(inReview, TestData.etag(path));
        assertEquals(entries, given().get(path + "/history").then().extract().jsonPath().getList("items").size());
    }

    @RepeatedTest(3)
    void ofTwoSimultaneousPatchesWithTheSameETagExactlyOneSucceeds() throws Exception {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        String etag = TestData.etag("/api/v1/claims/" + claim);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> results = new ArrayList<>();
        for (String text : List.of("one", "two")) {
            results.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return patch(claim, etag, text);
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> result : results) {
            statuses.add(result.get());
        }
        statuses.sort(Integer::compare);
        assertEquals(List.of(200, 412), statuses);
        assertEquals(1, (int) given().get("/api/v1/claims/" + claim).then().extract().path("version"));
    }
}
