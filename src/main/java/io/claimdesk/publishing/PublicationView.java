package io.claimdesk.publishing;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.claimdesk.claims.AttributionVerdict;
import io.claimdesk.claims.Verdict;

@Schema(description = "A published version of a claim's review, as a schema.org ClaimReview shows it")
public record PublicationView(
        UUID id,
        UUID claimId,
        @Schema(description = "1 for the first publication of the claim, then counting up", example = "2") int version,
        @Schema(description = "The public page of the review", example = "https://claimdesk.example.org/reviews/3f1c9a52-6d0e-4b7e-9a55-2a7d1c0e8b14") String url,
        @Schema(description = "The review published") UUID reviewId,
        @Schema(description = "The published verdict, as it was when published", example = "MOSTLY_TRUE") Verdict verdict,
        @Schema(example = "CONFIRMED") AttributionVerdict attribution,
        @Schema(example = "HUR's figure is consistent with later South Korean intelligence estimates of 10,000 to 12,000 troops, but no independent count exists.") String rationale,
        @Schema(description = "When this version was published; the ClaimReview's dateModified from version 2 on") Instant publishedAt,
        @Schema(description = "Who published it, from their token", example = "a.kim") String publishedBy,
        @Schema(description = "When the claim was first published: the ClaimReview's datePublished") Instant firstPublishedAt,
        @Schema(nullable = true, description = "When a newer version replaced this one") Instant supersededAt,
        @Schema(nullable = true) Instant retractedAt,
        @Schema(nullable = true, example = "a.kim") String retractedBy,
        @Schema(nullable = true, example = "The verdict is being corrected after the NIS revised its estimate.") String retractionReason,
        @Schema(description = "Whether the claim has a newer review than the one published; an editor publishes again to show it") boolean outdated) {

    static PublicationView of(Publication publication, UUID newestReviewId) {
        return new PublicationView(publication.id, publication.claim.id, publication.version, publication.url,
                publication.reviewId, publication.verdict, publication.attribution, publication.rationale,
                publication.publishedAt, publication.publishedBy, publication.firstPublishedAt, publication.supersededAt,
                publication.retractedAt, publication.retractedBy, publication.retractionReason,
                outdated(publication.reviewId, newestReviewId));
    }

    /** Whether the claim has been reviewed again since the review published. */
    static boolean outdated(UUID publishedReviewId, UUID newestReviewId) {
        return newestReviewId != null && !newestReviewId.equals(publishedReviewId);
    }
}
