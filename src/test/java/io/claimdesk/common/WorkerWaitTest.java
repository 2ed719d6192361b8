package io.claimdesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class WorkerWaitTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    private final AtomicLong clock = new AtomicLong();
    private final WorkerWait wait = new WorkerWait(LIMIT, clock::get);

    @Test
    void aRequestIsTooLateOnlyOnceItHasWaitedLongerThanTheLimit() {
        clock.set(1_000);
        long arrival = wait.arrival();
        assertEquals(1_000, arrival);

        assertFalse(wait.waitedTooLong(arrival), "no wait at all");
        clock.set(1_000 + LIMIT.toNanos());
        assertFalse(wait.waitedTooLong(arrival), "exactly the limit");
        clock.set(1_000 + LIMIT.toNanos() + 1);
        assertTrue(wait.waitedTooLong(arrival), "a nanosecond past it");
    }

    @Test
    void theWaitIsRightAcrossTheClocksWrapAround() {
        clock.set(Long.MAX_VALUE - Duration.ofSeconds(1).toNanos());
        long arrival = wait.arrival();

        clock.set(Long.MIN_VALUE + Duration.ofMillis(500).toNanos());
        assertFalse(wait.waitedTooLong(arrival), "1.5 s, with the reading wrapped to a negative value");
        clock.set(Long.MIN_VALUE + Duration.ofMillis(1500).toNanos());
        assertTrue(wait.waitedTooLong(arrival), "2.5 s");
    }
}
