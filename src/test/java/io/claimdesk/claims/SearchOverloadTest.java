package io.claimdesk.claims;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Searches the database cannot answer in time, because they wait on a lock past their statement timeout or find
 * every pooled connection taken by those, are answered 503 with Retry-After, never 500, and free their connections.
 */
@QuarkusTest
class SearchOverloadTest {

    @Test
    void searchesStuckBehindALockAndThoseFindingNoConnectionAreToldToRetry() throws Exception {
        Config config = ConfigProvider.getConfig();
        int pool = config.getValue("quarkus.datasource.jdbc.max-size", Integer.class);
        String word = "stuck" + TestData.unique().replaceAll("[0-9-]", "");
        List<String> answers = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(pool + 4);
        try (Connection locker = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
            locker.setAutoCommit(false);
            try (Statement statement = locker.createStatement()) {
                // Searches read claims; this lock makes each of them wait until its timeout.
                statement.execute("lock table claim in access exclusive mode");
            }
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < pool + 4; i++) {
                calls.add(callers.submit(() -> given().queryParam("q", word).get("/api/v1/claims")));
            }
            for (Future<Response> call : calls) {
                Response response = call.get();
                answers.add(response.statusCode() + " " + response.path("type") + " " + response.header("Retry-After"));
            }
            locker.rollback();
        } finally {
            callers.shutdownNow();
        }

        assertEquals(pool + 4, answers.size());
        for (String answer : answers) {
            assertEquals("503 urn:claimdesk:problem:database-busy 3", answer);
        }
        given().queryParam("q", word).get("/api/v1/claims").then().statusCode(200);
    }
}
