package io.claimdesk.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import org.junit.jupiter.api.Test;

import jakarta.transaction.RollbackException;

class DatabaseOutageCausesTest {

    @Test
    void aConnectionEndedDuringCommitIsAnOutage() {
        XAException commitFailure = new XAException("Error trying to transactionCommit local transaction");
        commitFailure.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("commit failed");
        rollback.addSuppressed(commitFailure);
        assertTrue(DatabaseOutage.reason(new RuntimeException(rollback)).isPresent());
    }

    @Test
    void aDatabaseRefusingNewSessionsIsAnOutage() {
        assertTrue(DatabaseOutage.reason(new SQLException(
                "FATAL: database \"claims\" is not currently accepting connections", "55000")).isPresent());
    }

    @Test
    void aRefusedStatementIsNotAnOutage() {
        assertFalse(DatabaseOutage.reason(new RuntimeException(new SQLException("duplicate key", "23505"))).isPresent());
        assertFalse(DatabaseOutage.reason(new SQLException("object in use", "55000")).isPresent());
    }
}
