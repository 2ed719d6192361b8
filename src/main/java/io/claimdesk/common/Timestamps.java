package io.claimdesk.common;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

public final class Timestamps {

    /** The years every client can write and PostgreSQL can store: 0001 to 9999. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    /** What a timestamp must be, as every answer refusing one says it. */
    public static final String DESCRIPTION = "a date-time in ISO 8601 form between " + EARLIEST + " and " + LATEST
            + ", e.g. 2024-10-25T09:00:00Z";

    private Timestamps() {
    }

    /** Now, at the precision PostgreSQL stores, so a value reads back exactly as it was written. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static boolean storable(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /** An ISO 8601 instant PostgreSQL can store; anything else is an IllegalArgumentException. */
    public static Instant parse(String text) {
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e);
        }
        if (!storable(instant)) {
            throw new IllegalArgumentException("out of range: " + text);
        }
        return instant;
    }
}
