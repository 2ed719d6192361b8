package io.claimdesk.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Requests that create the same thing at the same moment all pass the duplicate checks; the database lets one of
 * them in and the others get a 409 problem, never a 500. The table is locked against writes while the requests
 * run their checks, so that they really do meet at the insert.
 */
@QuarkusTest
class SimultaneousCreationTest {

    private static final int REQUESTS = 4;
    private static final long WAIT_MILLIS = 20_000;

    @Inject
    DataSource database;

    private List<Response> meetingAtTheInsert(String table, Supplier<Response> request) throws Exception {
        List<CompletableFuture<Response>> pending = new ArrayList<>();
        // One thread per request: they all block at the insert until the lock is released.
        ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
        try (Connection lock = database.getConnection(); Statement statement = lock.createStatement()) {
            lock.setAutoCommit(false);
            statement.execute("LOCK TABLE " + table + " IN SHARE ROW EXCLUSIVE MODE");
            int holder;
            try (ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
                pid.next();
                holder = pid.getInt(1);
            }
            for (int i = 0; i < REQUESTS; i++) {
                pending.add(CompletableFuture.supplyAsync(request, threads));
            }
            awaitBlockedBy(holder, REQUESTS);
            lock.commit();
            List<Response> responses = new ArrayList<>();
            for (CompletableFuture<Response> response : pending) {
                responses.add(response.get());
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    private void awaitBlockedBy(int holder, int sessions) throws SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            while (System.currentTimeMillis() < deadline) {
                try (ResultSet waiting = statement.executeQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE " + holder + " = ANY (pg_blocking_pids(pid))")) {
                    waiting.next();
                    if (waiting.getInt(1) >= sessions) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the requests never reached the insert");
    }

    private static void oneCreatedTheOthersConflict(List<Response> responses) {
        int created = 0;
        for (Response response : responses) {
            if (response.statusCode() == 201) {
                created++;
            } else {
                response.then().statusCode(409).contentType("application/problem+json")
                        .body("detail", containsString("at the same time"));
            }
        }
        assertEquals(1, created);
    }

    @Test
    void ofSimultaneousActorsWithTheSameNameOneIsCreated() throws Exception {
        Map<String, String> actor = Map.of("name", "Simultaneous " + TestData.unique(), "kind", "PERSON");
        oneCreatedTheOthersConflict(meetingAtTheInsert("actor",
                () -> given().contentType(ContentType.JSON).body(actor).post("/api/v1/actors")));
    }

    @Test
    void ofSimultaneousSourcesWithTheSameTextOneIsCreated() throws Exception {
        Map<String, String> source = Map.of("text", "Simultaneous article " + TestData.unique() + ".");
        oneCreatedTheOthersConflict(meetingAtTheInsert("source",
                () -> given().contentType(ContentType.JSON).body(source).post("/api/v1/sources")));
    }

    @Test
    void ofSimultaneousClaimsNamingOneNewSpeakerOneIsCreatedWithThatSpeaker() throws Exception {
        String speaker = "Simultaneous speaker " + TestData.unique();
        oneCreatedTheOthersConflict(meetingAtTheInsert("actor", () -> given().contentType(ContentType.JSON)
                .body(Map.of("kind", "STATEMENT", "text", "A claim " + TestData.unique(), "speaker", Map.of("name", speaker)))
                .post("/api/v1/claims")));
        List<String> actors = given().queryParam("q", speaker).get("/api/v1/actors").then().statusCode(200)
                .extract().path("items.id");
        assertEquals(1, actors.size());
        List<String> claims = given().get("/api/v1/actors/" + actors.get(0) + "/claims").then().statusCode(200)
                .extract().path("items.id");
        assertEquals(1, claims.size(), "the refused requests left no claim behind");
    }
}
