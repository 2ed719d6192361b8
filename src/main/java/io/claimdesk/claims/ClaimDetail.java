package io.claimdesk.claims;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.claimdesk.actors.ActorRef;
import io.claimdesk.evidence.EvidenceView;
import io.claimdesk.reviews.ReviewView;

@Schema(description = "A claim with where it appears, its latest review and its evidence")
public record ClaimDetail(
        UUID id,
        @Schema(example = "About 12,000 North Korean soldiers are being trained at five military training grounds in eastern Russia.") String text,
        ClaimKind kind,
        ActorRef speaker,
        ClaimStatus status,
        @Schema(nullable = true) Verdict verdict,
        List<String> tags,
        ClaimOrigin origin,
        List<AppearanceView> appearances,
        @Schema(nullable = true) ReviewView latestReview,
        List<EvidenceView> evidence,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Changes with every update; the ETag carries it too") long version) {
}
