package io.claimdesk.common;

import jakarta.inject.Singleton;

/** The monotonic clock that waits for worker threads are measured on; a bean so that a test can advance it. */
@Singleton
public class Ticker {

    public long nanoTime() {
        return System.nanoTime();
    }
}
