package io.claimdesk.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;

/** Values written as ASCII bytes that need no escaping: ids and timestamps. */
final class AsciiJson {

    private AsciiJson() {
    }

    /** As raw bytes to a generator of bytes, with nothing to escape or encode; as a string to any other. */
    static void write(JsonGenerator generator, byte[] text, int length) throws IOException {
        if (generator instanceof UTF8JsonGenerator) {
            generator.writeRawUTF8String(text, 0, length);
        } else {
            generator.writeString(new String(text, 0, length, StandardCharsets.US_ASCII));
        }
    }
}
