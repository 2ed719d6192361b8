package io.claimdesk.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Keyset position of the last item on a page: a sort key and the id that breaks ties.
 * Opaque to clients: base64url of "key|id".
 */
public record Cursor(String key, UUID id) {

    public static Cursor of(Object key, UUID id) {
        return new Cursor(String.valueOf(key), id);
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Returns null for no cursor; a cursor this service did not issue is a 400. */
    public static Cursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = raw.lastIndexOf('|');
            if (bar < 0) {
                throw invalid();
            }
            String key = raw.substring(0, bar);
            UUID id = Ids.parse(raw.substring(bar + 1));
            // Only keys this service writes: no control characters.
            if (key.chars().anyMatch(Character::isISOControl)) {
                throw invalid();
            }
            return new Cursor(key, id);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public Instant instantKey() {
        try {
            return Timestamps.parse(key);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public int intKey() {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    public long longKey() {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    public float floatKey() {
        try {
            return Float.parseFloat(key);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static RuntimeException invalid() {
        return Problems.badRequest("cursor is not one this service issued; start again without it");
    }
}
