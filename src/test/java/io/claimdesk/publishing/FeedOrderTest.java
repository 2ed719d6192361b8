package io.claimdesk.publishing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Feed changes commit in the order of their changedAt, so a consumer polling with the last one seen misses none. */
@QuarkusTest
class FeedOrderTest {

    @Inject
    PublicationService publications;

    @Inject
    EntityManager em;

    private static String approvedClaim() {
        String claim = TestData.claim(TestData.source(), "Speaker " + TestData.unique());
        TestData.approvedReview(claim, "MIXED", "CONFIRMED");
        return claim;
    }

    private long changesWaitingForTheFeed() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from pg_locks where locktype = 'advisory' and not granted").getSingleResult()).longValue());
    }

    @Test
    void aChangeMadeWhileAnEarlierOneIsUncommittedWaitsAndComesAfterIt() throws Exception {
        String since = Instant.now().toString();
        String first = approvedClaim();
        String second = approvedClaim();
        CountDownLatch firstPublished = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try {
            Future<?> slow = editors.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                publications.publish(UUID.fromString(first));
                firstPublished.countDown();
                try {
                    assertTrue(commitFirst.await(60, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertTrue(firstPublished.await(60, TimeUnit.SECONDS));
            Future<?> fast = editors.submit(() -> QuarkusTransaction.requiringNew()
                    .run(() -> publications.publish(UUID.fromString(second))));
            // The second change waits for the first to commit before it takes its time. The deadline only
            // keeps a broken lock from hanging the build.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (changesWaitingForTheFeed() == 0) {
                assertTrue(!fast.isDone(), "the second publication did not wait for the first");
                assertTrue(System.nanoTime() < deadline, "the second publication is not waiting for the feed");
                Thread.onSpinWait();
            }
            given().queryParam("since", since).get("/api/v1/claim-reviews").then().statusCode(200).body("items", empty());
            commitFirst.countDown();
            slow.get(60, TimeUnit.SECONDS);
            fast.get(60, TimeUnit.SECONDS);
        } finally {
            commitFirst.countDown();
            editors.shutdownNow();
        }
        JsonPath feed = given().queryParam("since", since).get("/api/v1/claim-reviews").then().statusCode(200)
                .body("items.claimId", contains(first, second)).extract().jsonPath();
        assertTrue(Instant.parse(feed.getString("items[0].changedAt")).isBefore(Instant.parse(feed.getString("items[1].changedAt"))));
        given().queryParam("since", feed.getString("items[0].changedAt")).get("/api/v1/claim-reviews")
                .then().body("items.claimId", contains(second));
    }
}
