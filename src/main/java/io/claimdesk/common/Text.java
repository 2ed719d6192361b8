package io.claimdesk.common;

import java.util.Optional;

/** How optional text from a request is stored: stripped, and absent when there is nothing in it. */
public final class Text {

    private Text() {
    }

    public static String strippedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Why text cannot be stored exactly as it was sent, if it cannot: the answer to give, after its name. */
    static Optional<String> whyUnstorable(String value) {
        if (value.indexOf('\0') >= 0) {
            // PostgreSQL cannot store the NUL character.
            return Optional.of("must not contain the NUL character");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must be Unicode text: it holds half of a surrogate pair");
            }
        }
        return Optional.empty();
    }
}
