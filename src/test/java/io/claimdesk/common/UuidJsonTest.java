package io.claimdesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

class UuidJsonTest {

    private static final JsonFactory FACTORY = new JsonFactory();

    private static String toBytes(UUID id) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            UuidJson.write(id, generator);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String toCharacters(UUID id) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            UuidJson.write(id, generator);
        }
        return out.toString();
    }

    @Test
    void writesAnyIdAsItsStringForm() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            String expected = '"' + id.toString() + '"';
            assertEquals(expected, toBytes(id));
            assertEquals(expected, toCharacters(id));
        }
    }

    @Test
    void writesTheExtremesAndNull() throws Exception {
        for (UUID id : new UUID[] {new UUID(0, 0), new UUID(-1, -1), UUID.fromString("00000000-0000-4000-8000-00000000000f")}) {
            assertEquals('"' + id.toString() + '"', toBytes(id));
        }
        assertEquals("null", toBytes(null));
        assertEquals("null", toCharacters(null));
    }
}
