package io.claimdesk.common;

import jakarta.ws.rs.core.EntityTag;

/** Weak ETags from entity versions: optimistic concurrency for PATCH and DELETE. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version), true);
    }

    public static String header(long version) {
        return of(version).toString();
    }

    /** Checks an If-Match header against the current version: 428 when missing, 412 when stale. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired();
        }
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || opaque(tag).equals(current)) {
                return;
            }
        }
        throw Problems.preconditionFailed(header(currentVersion));
    }

    private static String opaque(String tag) {
        String value = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }
}
