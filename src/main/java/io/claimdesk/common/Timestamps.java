package io.claimdesk.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

public final class Timestamps {

    /** The years every client can write and PostgreSQL can store: 0001 to 9999. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    public static final String RANGE = "between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z";

    private Timestamps() {
    }

    /** Now, at the precision PostgreSQL stores, so a value reads back exactly as it was written. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static boolean storable(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }
}
