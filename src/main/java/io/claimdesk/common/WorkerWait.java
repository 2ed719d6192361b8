package io.claimdesk.common;

import java.time.Duration;
import java.util.function.LongSupplier;

/** How long a request has waited for a worker thread, on a monotonic clock, and whether that was too long. */
final class WorkerWait {

    private final Duration limit;
    private final LongSupplier nanoClock;

    WorkerWait(Duration limit, LongSupplier nanoClock) {
        this.limit = limit;
        this.nanoClock = nanoClock;
    }

    Duration limit() {
        return limit;
    }

    /** The clock's reading as a request arrives, to be handed back to {@link #waitedTooLong(long)}. */
    long arrival() {
        return nanoClock.getAsLong();
    }

    /** Whether a request that arrived at the given reading has by now waited longer than the limit. */
    boolean waitedTooLong(long arrival) {
        // The difference, not a comparison of readings: it stays right when the clock's value wraps around.
        return nanoClock.getAsLong() - arrival > limit.toNanos();
    }
}
