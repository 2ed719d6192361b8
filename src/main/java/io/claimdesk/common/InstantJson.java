package io.claimdesk.common;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Writes timestamps as {@link Instant#toString()} does (what Jackson writes too), digit by digit: a page of claims
 * holds a few hundred of them, and the formatter's intermediate strings were a seventh of the time of writing one.
 */
@Singleton
public class InstantJson implements ObjectMapperCustomizer {

    /** After Quarkus has registered its modules, so that the serializer here replaces theirs. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("claimdesk-instant-text").addSerializer(Instant.class,
                new StdSerializer<>(Instant.class) {
                    @Override
                    public void serialize(Instant instant, JsonGenerator generator, SerializerProvider provider)
                            throws IOException {
                        write(instant, generator);
                    }
                }));
    }

    /** Writes the instant as the serializer registered here does, for serializers that write their fields themselves. */
    public static void write(Instant instant, JsonGenerator generator) throws IOException {
        if (instant == null) {
            generator.writeNull();
            return;
        }
        byte[] text = new byte[MAX_LENGTH];
        int length = write(instant, text);
        if (length < 0) {
            generator.writeString(instant.toString());
        } else {
            AsciiJson.write(generator, text, length);
        }
    }

    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z in seconds since 1970. */
    private static final long YEAR_0 = -62_167_219_200L;
    private static final long YEAR_10000 = 253_402_300_800L;

    static final int MAX_LENGTH = "2024-10-26T09:30:00.123456789Z".length();

    /**
     * Writes the instant as yyyy-MM-ddTHH:mm:ss, then the fraction of a second in as many groups of three digits as
     * it needs, then Z; returns the length, or -1 for a year outside 0 to 9999, which {@link Instant#toString()}
     * writes in another form.
     */
    static int write(Instant instant, byte[] text) {
        long seconds = instant.getEpochSecond();
        if (seconds < YEAR_0 || seconds >= YEAR_10000) {
            return -1;
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        digits(text, 0, date.getYear(), 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        digits(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, secondOfDay % 60, 2);
        int at = 19;
        int nano = instant.getNano();
        if (nano != 0) {
            text[at++] = '.';
            if (nano % 1_000_000 == 0) {
                at = digits(text, at, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                at = digits(text, at, nano / 1000, 6);
            } else {
                at = digits(text, at, nano, 9);
            }
        }
        text[at++] = 'Z';
        return at;
    }

    /** "00" to "99": two digits for one division, which counts where the JIT compiler does not replace it. */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    /** Writes the value zero-padded to count digits at the position; returns the position after them. */
    private static int digits(byte[] text, int at, int value, int count) {
        int i = at + count;
        while (i - at >= 2) {
            int pair = value % 100;
            value /= 100;
            i -= 2;
            text[i] = PAIRS[2 * pair];
            text[i + 1] = PAIRS[2 * pair + 1];
        }
        if (i > at) {
            text[at] = (byte) ('0' + value % 10);
        }
        return at + count;
    }
}
