package io.claimdesk.common;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.hibernate.exception.JDBCConnectionException;

/** Tells a failure caused by the database being out of reach from one caused by the request or the service. */
final class DatabaseOutage {

    /** Class 08 is a lost or refused connection; these are the server shutting down or refusing new sessions. */
    private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    /**
     * Sent when connecting to a database that takes no connections (ALTER DATABASE ... ALLOW_CONNECTIONS false).
     * The same state also means other things, so only a failure to connect counts.
     */
    private static final String NOT_ACCEPTING_CONNECTIONS = "55000";
    /** Agroal found no way to open a new connection in time; it gives no SQLState, only this message. */
    private static final String POOL_TIMEOUT = "Acquisition timeout";
    /** Agroal's pool had every connection in use until the acquisition timeout; again no SQLState. */
    private static final String POOL_EXHAUSTED = "Sorry, acquisition timeout!";
    /** A statement cancelled, here always for running past its timeout. */
    private static final String CANCELLED = "57014";

    private DatabaseOutage() {
    }

    /** Why the database could not be reached, as one line for the log, if that is what the failure comes from. */
    static Optional<String> reason(Throwable failure) {
        return find(failure, DatabaseOutage::unreachable);
    }

    /**
     * Why the database could not answer in time though it is up, if that is what the failure comes from: every
     * connection was in use until the acquisition timeout, or a statement ran past its timeout.
     */
    static Optional<String> overload(Throwable failure) {
        return find(failure, DatabaseOutage::overloaded);
    }

    private static Optional<String> find(Throwable failure, Predicate<Throwable> kind) {
        // A connection lost during commit is reported by the transaction manager as a suppressed exception.
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Throwable cause = pending.pop();
            if (!seen.add(cause)) {
                continue;
            }
            if (kind.test(cause)) {
                return Optional.of(describe(cause));
            }
            if (cause.getCause() != null) {
                pending.push(cause.getCause());
            }
            pending.addAll(Arrays.asList(cause.getSuppressed()));
        }
        return Optional.empty();
    }

    private static boolean unreachable(Throwable cause) {
        return cause instanceof JDBCConnectionException || cause instanceof SQLException sql && unreachable(sql);
    }

    private static boolean overloaded(Throwable cause) {
        return cause instanceof SQLException sql && (CANCELLED.equals(sql.getSQLState())
                || sql.getSQLState() == null && POOL_EXHAUSTED.equals(sql.getMessage()));
    }

    private static boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (state == null) {
            return message.startsWith(POOL_TIMEOUT);
        }
        return state.startsWith("08") || UNREACHABLE_STATES.contains(state)
                || state.equals(NOT_ACCEPTING_CONNECTIONS) && message.contains("not currently accepting connections");
    }

    private static String describe(Throwable cause) {
        String state = cause instanceof SQLException sql && sql.getSQLState() != null ? " (SQLState " + sql.getSQLState() + ")" : "";
        return cause.getMessage() + state;
    }
}
