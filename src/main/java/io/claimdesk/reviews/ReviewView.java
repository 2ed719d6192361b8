package io.claimdesk.reviews;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.claimdesk.claims.Verdict;

@Schema(description = "A reviewer's verdict on a claim")
public record ReviewView(
        UUID id,
        UUID claimId,
        Verdict verdict,
        @Schema(example = "HUR's figure is consistent with later South Korean intelligence estimates of 10,000 to 12,000 troops, but no independent count exists.") String rationale,
        @Schema(example = "m.lee") String reviewer,
        Instant createdAt) {

    public static ReviewView of(Review review) {
        return new ReviewView(review.id, review.claim.id, review.verdict, review.rationale, review.reviewer, review.createdAt);
    }
}
