package io.claimdesk.common;

import java.io.IOException;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes ids as {@link UUID#toString()} does, straight into bytes: a page of claims holds a few hundred ids, and
 * with C1 only (as deployed) formatting each as a {@code String} and encoding it again cost more than writing the
 * rest of the claim.
 */
public final class UuidJson {

    static final int LENGTH = 36;

    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};

    private UuidJson() {
    }

    public static void write(UUID id, JsonGenerator generator) throws IOException {
        if (id == null) {
            generator.writeNull();
            return;
        }
        byte[] text = new byte[LENGTH];
        write(id, text);
        AsciiJson.write(generator, text, LENGTH);
    }

    /** xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx in lower case. */
    static void write(UUID id, byte[] text) {
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        hex(text, 0, high >>> 32, 8);
        text[8] = '-';
        hex(text, 9, high >>> 16, 4);
        text[13] = '-';
        hex(text, 14, high, 4);
        text[18] = '-';
        hex(text, 19, low >>> 48, 4);
        text[23] = '-';
        hex(text, 24, low, 12);
    }

    /** The lowest count hex digits of the value, at the position. */
    private static void hex(byte[] text, int at, long value, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            text[i] = HEX[(int) (value & 0xf)];
            value >>>= 4;
        }
    }
}
