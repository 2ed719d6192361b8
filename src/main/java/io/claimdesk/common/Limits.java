package io.claimdesk.common;

/** Page sizes shared by every list endpoint. */
public final class Limits {

    public static final int MAX_PAGE = 200;

    private Limits() {
    }
}
