package io.claimdesk.publishing;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A publication of a claim's review as a schema.org ClaimReview")
public record PublicationView(
        UUID id,
        UUID claimId,
        @Schema(description = "The public page of the review", example = "https://claimdesk.example.org/reviews/3f1c9a52-6d0e-4b7e-9a55-2a7d1c0e8b14") String url,
        Instant publishedAt,
        @Schema(description = "Who published it, from their token", example = "a.kim") String publishedBy,
        @Schema(nullable = true) Instant retractedAt,
        @Schema(nullable = true, example = "a.kim") String retractedBy,
        @Schema(nullable = true, example = "The verdict is being corrected after the NIS revised its estimate.") String retractionReason) {

    static PublicationView of(Publication publication) {
        return new PublicationView(publication.id, publication.claim.id, publication.url, publication.publishedAt,
                publication.publishedBy, publication.retractedAt, publication.retractedBy, publication.retractionReason);
    }
}
