package io.claimdesk.reviews;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.claimdesk.claims.AttributionVerdict;
import io.claimdesk.claims.Verdict;

@Schema(description = "A reviewer's verdict on a claim and its attribution")
public record ReviewView(
        UUID id,
        UUID claimId,
        Verdict verdict,
        AttributionVerdict attribution,
        @Schema(example = "HUR's figure is consistent with later South Korean intelligence estimates of 10,000 to 12,000 troops, but no independent count exists.") String rationale,
        @Schema(description = "Who gave the review, from their token", example = "m.lee") String reviewer,
        @Schema(nullable = true, description = "The earlier review this one corrects") UUID supersedes,
        @Schema(nullable = true, example = "South Korea's NIS revised its estimate to 11,000 troops.") String correctionReason,
        @Schema(nullable = true, description = "The later review that corrects this one") UUID supersededBy,
        @Schema(description = "Approvals by other reviewers, oldest first; publishing needs claimdesk.workflow.required-approvals of them")
        List<ApprovalView> approvals,
        Instant createdAt) {

    public static ReviewView of(Review review, UUID supersededBy, List<ApprovalView> approvals) {
        return new ReviewView(review.id, review.claim.id, review.verdict, review.attribution, review.rationale,
                review.reviewer, review.supersedesId, review.correctionReason, supersededBy, approvals, review.createdAt);
    }

    ReviewView with(UUID correctedBy, List<ApprovalView> approvedBy) {
        return new ReviewView(id, claimId, verdict, attribution, rationale, reviewer, supersedes, correctionReason,
                correctedBy, approvedBy, createdAt);
    }
}
