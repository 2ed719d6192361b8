package io.claimdesk.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The database goes away while writers and a reader keep calling: they get 503 problems with Retry-After, never a
 * 500; readiness is DOWN until the database is back; and every write answered 201 is stored.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)");
    private static final long PHASE_MILLIS = 15_000;
    private static final int WRITERS = 3;

    private final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final List<String> wrongAnswers = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);

    @Test
    void whileTheDatabaseIsGoneCallersAreToldToRetryAndAcknowledgedWritesAreKept() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(WRITERS + 1);
        try (Outage outage = new Outage()) {
            for (int i = 0; i < WRITERS; i++) {
                callers.submit(this::keepWriting);
            }
            callers.submit(this::keepReading);
            await("writes are acknowledged before the outage", () -> acknowledged.size() >= 2 * WRITERS);

            outage.begin();
            await("readiness goes DOWN", () -> readiness() == 503);
            int before = unavailable.get();
            await("callers are answered 503 during the outage", () -> unavailable.get() >= before + WRITERS);

            outage.end();
            await("readiness is UP again", () -> readiness() == 200);
            int afterwards = acknowledged.size();
            await("writes are acknowledged again", () -> acknowledged.size() >= afterwards + WRITERS);
        } finally {
            running.set(false);
            callers.shutdown();
            assertTrue(callers.awaitTermination(30, TimeUnit.SECONDS), "the callers stopped");
        }

        assertEquals(List.of(), wrongAnswers);
        for (String id : List.copyOf(acknowledged)) {
            given().get("/api/v1/sources/" + id).then().statusCode(200);
        }
    }

    private void keepWriting() {
        while (running.get()) {
            Response response = given().contentType(ContentType.JSON)
                    .body(Map.of("title", "Outage", "text", "Written during an outage test " + TestData.unique() + "."))
                    .post("/api/v1/sources");
            if (response.statusCode() == 201) {
                acknowledged.add(response.path("id"));
            } else {
                expectUnavailable("POST", response);
            }
        }
    }

    private void keepReading() {
        while (running.get()) {
            String id = acknowledged.isEmpty() ? null : acknowledged.get(0);
            Response response = id == null ? given().get("/api/v1/sources") : given().get("/api/v1/sources/" + id);
            if (response.statusCode() != 200) {
                expectUnavailable("GET", response);
            }
        }
    }

    private void expectUnavailable(String method, Response response) {
        boolean problem = response.statusCode() == 503
                && response.contentType().startsWith("application/problem+json")
                && "urn:claimdesk:problem:database-unavailable".equals(response.path("type"))
                && Integer.valueOf(503).equals(response.path("status"))
                && response.path("title") != null && response.path("detail") != null
                && response.header("Retry-After") != null && Integer.parseInt(response.header("Retry-After")) > 0;
        if (problem) {
            unavailable.incrementAndGet();
        } else {
            wrongAnswers.add(method + " " + response.statusCode() + " " + response.asString());
        }
    }

    private static int readiness() {
        return given().get("/q/health/ready").statusCode();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PHASE_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    /**
     * Takes the service's database away through a superuser session on another database of the same server:
     * no new connections, and the open ones ended. Closing gives it back, whatever happened in between.
     */
    private static final class Outage implements AutoCloseable {

        private final String database;
        private final Connection admin;

        Outage() throws SQLException {
            Config config = ConfigProvider.getConfig();
            Matcher url = JDBC_URL.matcher(config.getValue("quarkus.datasource.jdbc.url", String.class));
            assertTrue(url.matches(), "the test database has a PostgreSQL JDBC URL");
            database = url.group(2);
            admin = DriverManager.getConnection(url.group(1) + "template1" + url.group(3),
                    config.getValue("quarkus.datasource.username", String.class),
                    config.getValue("quarkus.datasource.password", String.class));
        }

        void begin() throws SQLException {
            try (Statement statement = admin.createStatement()) {
                statement.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS false");
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + database + "' AND pid <> pg_backend_pid()");
            }
        }

        void end() throws SQLException {
            try (Statement statement = admin.createStatement()) {
                statement.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS true");
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                end();
            } finally {
                admin.close();
            }
        }
    }
}
