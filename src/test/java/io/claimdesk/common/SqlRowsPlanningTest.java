package io.claimdesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A statement planned on each run is never prepared on the server, however often a connection runs it, so the
 * database never keeps one plan for all its parameters; other statements are prepared once they run often.
 */
@QuarkusTest
class SqlRowsPlanningTest {

    private static final int RUNS = 8;

    @Inject
    EntityManager em;

    @Test
    void aStatementPlannedOnEachRunIsNeverPreparedOnTheServer() {
        // One transaction: every statement runs on the same connection.
        List<String> prepared = QuarkusTransaction.requiringNew().call(() -> {
            List<Integer> answers = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                answers.addAll(SqlRows.list(em, "select cast(:n as int) + 1 as planned_each_run", Map.of("n", i), null,
                        SqlRows.Planning.EACH_RUN, row -> row.getInt(1)));
                SqlRows.list(em, "select cast(:n as int) + 1 as planned_once", Map.of("n", i), null,
                        SqlRows.Planning.CACHED, row -> row.getInt(1));
            }
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), answers);
            return SqlRows.list(em, "select statement from pg_prepared_statements", Map.of(), null, row -> row.getString(1));
        });

        assertTrue(prepared.stream().anyMatch(statement -> statement.contains("planned_once")), prepared::toString);
        assertTrue(prepared.stream().noneMatch(statement -> statement.contains("planned_each_run")), prepared::toString);
    }
}
