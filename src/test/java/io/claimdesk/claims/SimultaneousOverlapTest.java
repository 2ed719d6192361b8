package io.claimdesk.claims;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimdesk.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Editors entering the same quote of one source at the same moment record one claim; the others get a 409. */
@QuarkusTest
class SimultaneousOverlapTest {

    private static final int REQUESTS = 4;
    private static final long WAIT_MILLIS = 20_000;

    @Inject
    DataSource database;

    @Test
    void overlappingClaimsEnteredAtOnceAreRecordedOnce() throws Exception {
        String source = TestData.source();
        List<CompletableFuture<Integer>> pending = new ArrayList<>();
        ExecutorService editors = Executors.newFixedThreadPool(REQUESTS);
        try (Connection lock = database.getConnection()) {
            lock.setAutoCommit(false);
            // Hold the source's row, so that every request has anchored its quote and waits there.
            try (PreparedStatement statement = lock.prepareStatement("SELECT 1 FROM source WHERE id = ? FOR UPDATE")) {
                statement.setObject(1, UUID.fromString(source));
                statement.executeQuery().close();
            }
            int holder;
            try (Statement statement = lock.createStatement(); ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
                pid.next();
                holder = pid.getInt(1);
            }
            for (int i = 0; i < REQUESTS; i++) {
                String speaker = "Speaker " + TestData.unique();
                pending.add(CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                        .body(Map.of("kind", "STATEMENT", "speaker", Map.of("name", speaker), "sourceId", source,
                                "quote", Map.of("exact", TestData.TROOPS_QUOTE)))
                        .post("/api/v1/claims").statusCode(), editors));
            }
            awaitBlockedBy(holder);
            lock.commit();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> status : pending) {
                statuses.add(status.get());
            }
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
            assertEquals(REQUESTS - 1, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        } finally {
            editors.shutdownNow();
        }
    }

    private void awaitBlockedBy(int holder) throws SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            while (System.currentTimeMillis() < deadline) {
                // The first request waits for the holder, the others queue behind it for the row.
                try (ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE pid <> "
                        + holder + " AND cardinality(pg_blocking_pids(pid)) > 0")) {
                    waiting.next();
                    if (waiting.getInt(1) >= REQUESTS) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        fail("the requests never met at the source's row");
    }
}
