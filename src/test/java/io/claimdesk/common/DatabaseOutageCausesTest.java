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

    @Test
    void aPoolWithEveryConnectionInUseIsOverloadNotAnOutage() {
        SQLException exhausted = new SQLException("Sorry, acquisition timeout!");
        RuntimeException failure = new RuntimeException("Unable to acquire JDBC Connection", exhausted);
        assertTrue(DatabaseOutage.overload(failure).isPresent());
        assertFalse(DatabaseOutage.reason(failure).isPresent());
    }

    @Test
    void aStatementCancelledAtItsTimeoutIsOverload() {
        assertTrue(DatabaseOutage.overload(new RuntimeException(
                new SQLException("ERROR: canceling statement due to user request", "57014"))).isPresent());
        assertFalse(DatabaseOutage.overload(new RuntimeException(new SQLException("duplicate key", "23505"))).isPresent());
    }
}
