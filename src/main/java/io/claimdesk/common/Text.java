package io.claimdesk.common;

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
}
