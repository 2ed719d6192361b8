package io.claimdesk.claims;

import java.util.UUID;

/**
 * What GET /claims can be narrowed by; every field is optional. The assignee is a user name, or
 * {@value #ME} for the caller, or {@value #NOBODY} for unassigned claims.
 */
public record ClaimFilter(String q, ClaimStatus status, Verdict verdict, AttributionVerdict attributionVerdict,
        UUID speakerId, UUID sourceId, String tag, ClaimKind kind, String assignee) {

    public static final String ME = "me";
    public static final String NOBODY = "none";

    public static ClaimFilter bySpeaker(UUID speakerId) {
        return new ClaimFilter(null, null, null, null, speakerId, null, null, null, null);
    }
}
