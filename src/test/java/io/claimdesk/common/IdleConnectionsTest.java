package io.claimdesk.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The start opens one connection (initial size 1, as in production); the others the pool keeps while idle follow as
 * the start takes connections, without any request asking for them, so a first burst finds them open.
 */
@QuarkusTest
@TestProfile(IdleConnectionsTest.FourIdle.class)
class IdleConnectionsTest {

    private static final String APPLICATION = "claimdesk-idle-connections-test";

    public static class FourIdle implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.initial-size", "1",
                    "quarkus.datasource.jdbc.min-size", "4",
                    "quarkus.datasource.jdbc.additional-jdbc-properties.ApplicationName", APPLICATION);
        }
    }

    @Test
    void thePoolOpensItsIdleConnectionsWithoutRequests() throws Exception {
        // Counted over a connection of its own: taking one from the pool would itself make the pool open another.
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from pg_stat_activity where application_name = ?")) {
            count.setString(1, APPLICATION);
            long deadline = System.nanoTime() + 30_000_000_000L;
            int open = openConnections(count);
            while (open < 4 && System.nanoTime() < deadline) {
                Thread.sleep(100);
                open = openConnections(count);
            }
            assertTrue(open >= 4, open + " connections open");
        }
    }

    private static int openConnections(PreparedStatement count) throws SQLException {
        try (ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
