package io.claimdesk.claims;

import java.util.UUID;

/** What GET /claims can be narrowed by; every field is optional. */
public record ClaimFilter(String q, ClaimStatus status, Verdict verdict, AttributionVerdict attributionVerdict,
        UUID speakerId, UUID sourceId, String tag, ClaimKind kind) {

    public static ClaimFilter bySpeaker(UUID speakerId) {
        return new ClaimFilter(null, null, null, null, speakerId, null, null, null);
    }
}
