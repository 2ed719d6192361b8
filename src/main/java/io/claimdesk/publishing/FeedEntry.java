package io.claimdesk.publishing;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A change of a claim's publication: its current ClaimReview, or its retraction")
public record FeedEntry(
        UUID claimId,
        @Schema(example = "REPUBLISHED") FeedChange change,
        @Schema(description = "When the change was made; pass the last one seen as since to poll for later changes", example = "2024-10-26T09:30:00.123456Z") Instant changedAt,
        @Schema(description = "The publication version", example = "2") int version,
        @Schema(nullable = true, description = "The ClaimReview as now published; null for a retraction") ClaimReview claimReview,
        @Schema(nullable = true, description = "When it was retracted; null unless the change is RETRACTED") Instant retractedAt) {
}
