package io.claimdesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class InstantJsonTest {

    private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final ObjectMapper WRITTEN = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static {
        new InstantJson().customize(WRITTEN);
    }

    /** Both to characters and to bytes, which take different paths. */
    private static void writtenAsJacksonWritesIt(Instant instant) throws Exception {
        String expected = JACKSON.writeValueAsString(instant);
        assertEquals(expected, WRITTEN.writeValueAsString(instant), instant::toString);
        assertEquals(expected, new String(WRITTEN.writeValueAsBytes(instant), StandardCharsets.UTF_8), instant::toString);
    }

    @Test
    void writesWholeSecondsMillisecondsMicrosecondsAndNanosecondsAsJacksonDoes() throws Exception {
        for (String text : new String[] {"2024-10-26T09:30:00Z", "2024-10-26T09:30:00.100Z", "2024-10-26T09:30:00.123456Z",
                "2024-10-26T09:30:00.000001Z", "2024-10-26T09:30:00.000000001Z", "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59.999999Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2000-02-29T12:00:00Z"}) {
            writtenAsJacksonWritesIt(Instant.parse(text));
        }
    }

    @Test
    void writesYearsOutsideFourDigitsAsJacksonDoes() throws Exception {
        writtenAsJacksonWritesIt(Instant.parse("+10000-01-01T00:00:00Z"));
        writtenAsJacksonWritesIt(Instant.parse("-0001-12-31T23:59:59Z"));
        writtenAsJacksonWritesIt(Instant.MAX);
        writtenAsJacksonWritesIt(Instant.MIN);
    }

    @Test
    void writesAnyInstantAsJacksonDoes() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            long seconds = random.nextLong() % 400_000_000_000L;
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            writtenAsJacksonWritesIt(Instant.ofEpochSecond(seconds, nano));
        }
    }
}
