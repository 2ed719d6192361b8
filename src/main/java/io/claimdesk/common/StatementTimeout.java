package io.claimdesk.common;

import java.time.Duration;

import jakarta.persistence.Query;

import org.hibernate.jpa.HibernateHints;

/**
 * A limit on how long one statement may run. The driver has the database cancel it when the time is up, which the
 * problem mappers answer with 503 and Retry-After; the connection goes back to the pool at once.
 */
public final class StatementTimeout {

    private StatementTimeout() {
    }

    public static Query apply(Query query, Duration timeout) {
        return query.setHint(HibernateHints.HINT_TIMEOUT, seconds(timeout));
    }

    /** The timeout in the whole seconds JDBC counts, rounded up: a shorter limit would round to none at all. */
    static int seconds(Duration timeout) {
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        return (int) Math.min(seconds, Integer.MAX_VALUE);
    }
}
