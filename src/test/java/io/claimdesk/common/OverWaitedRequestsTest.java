package io.claimdesk.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A request that waited longer than claimdesk.workers.max-wait for a worker thread is answered 503 with Retry-After
 * as a problem, runs no statement and changes nothing. Here every request has: the clock the waits are measured on
 * advances a second at each reading, and the limit is a millisecond.
 */
@QuarkusTest
@TestProfile(OverWaitedRequestsTest.EveryRequestWaitsTooLong.class)
class OverWaitedRequestsTest {

    public static class EveryRequestWaitsTooLong implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimdesk.workers.max-wait", "1ms");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(SecondPerReading.class);
        }
    }

    @Alternative
    @Singleton
    public static class SecondPerReading extends Ticker {
        private final AtomicLong nanos = new AtomicLong();

        @Override
        public long nanoTime() {
            return nanos.addAndGet(1_000_000_000L);
        }
    }

    @Inject
    SessionFactory sessionFactory;

    @Test
    void anOverWaitedWriteIsToldToRetryAndStoresNothing() throws Exception {
        String name = "Waited " + TestData.unique();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        given().contentType(ContentType.JSON).body(Map.of("name", name, "kind", "PERSON"))
                .post("/api/v1/actors")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "3")
                .body("type", equalTo("urn:claimdesk:problem:service-busy"))
                .body("title", equalTo("Service Unavailable"))
                .body("status", equalTo(503))
                .body("detail", equalTo("The service has more requests than it can take right now; retry in a few seconds"))
                .body("instance", equalTo("/api/v1/actors"));

        assertEquals(0, statistics.getPrepareStatementCount(), "statements run for the refused request");
        assertEquals(0, actorsNamed(name));
    }

    @Test
    void anOverWaitedReadIsToldToRetry() {
        given().get("/api/v1/claims")
                .then().statusCode(503)
                .header("Retry-After", "3")
                .body("type", equalTo("urn:claimdesk:problem:service-busy"));
    }

    @Test
    void livenessIsAnsweredWhileRequestsAreRefused() {
        given().get("/q/health/live").then().statusCode(200);
    }

    private static long actorsNamed(String name) throws Exception {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement count = connection.prepareStatement("select count(*) from actor where name = ?")) {
            count.setString(1, name);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
