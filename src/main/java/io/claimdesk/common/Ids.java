package io.claimdesk.common;

import java.util.UUID;

/** Ids as the API writes them: only the canonical 8-4-4-4-12 hexadecimal form is read back as an id. */
public final class Ids {

    private Ids() {
    }

    /** The id the text spells; "" or a shortened form such as "1-1-1-1-1" is an IllegalArgumentException. */
    public static UUID parse(String text) {
        UUID id = UUID.fromString(text);
        if (!id.toString().equalsIgnoreCase(text)) {
            throw new IllegalArgumentException("not a canonical UUID: " + text);
        }
        return id;
    }
}
