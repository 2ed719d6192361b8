package io.claimdesk.publishing;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A published review as a schema.org ClaimReview in JSON-LD; absent values are left out, as JSON-LD expects. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A schema.org ClaimReview (JSON-LD)")
public record ClaimReview(
        @JsonProperty("@context") @Schema(example = "https://schema.org") String context,
        @JsonProperty("@type") @Schema(example = "ClaimReview") String type,
        @Schema(example = "https://claimdesk.example.org/reviews/3f1c9a52-6d0e-4b7e-9a55-2a7d1c0e8b14") String url,
        @Schema(example = "About 12,000 North Korean soldiers are being trained at five military training grounds in eastern Russia.") String claimReviewed,
        Rating reviewRating,
        ReviewedClaim itemReviewed,
        @Schema(description = "The publishing organization") Party author,
        @Schema(description = "When the claim's review was first published") Instant datePublished,
        @Schema(description = "When the published version was last replaced by a newer one; absent for the first version") Instant dateModified) {

    static final String CONTEXT = "https://schema.org";
    static final String TYPE = "ClaimReview";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ClaimReviewRating", description = "schema.org Rating; UNVERIFIABLE has alternateName only")
    public record Rating(
            @JsonProperty("@type") @Schema(example = "Rating") String type,
            @Schema(nullable = true, example = "4") Integer ratingValue,
            @Schema(nullable = true, example = "5") Integer bestRating,
            @Schema(nullable = true, example = "1") Integer worstRating,
            @Schema(example = "Mostly true") String alternateName) {

        static final String TYPE = "Rating";
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ClaimReviewClaim", description = "schema.org Claim: who made it, and where it appeared")
    public record ReviewedClaim(
            @JsonProperty("@type") @Schema(example = "Claim") String type,
            Party author,
            @Schema(description = "When the first appearance was published") Instant datePublished,
            CreativeWork firstAppearance,
            List<CreativeWork> appearance) {

        static final String TYPE = "Claim";
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ClaimReviewParty", description = "schema.org Person or Organization")
    public record Party(
            @JsonProperty("@type") @Schema(example = "Organization") String type,
            @Schema(example = "Defence Intelligence of Ukraine (HUR)") String name,
            @Schema(example = "https://claimdesk.example.org") String url,
            @Schema(example = "[\"https://www.wikidata.org/wiki/Q56226\"]") List<String> sameAs) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ClaimReviewCreativeWork", description = "schema.org CreativeWork: an article the claim appeared in")
    public record CreativeWork(
            @JsonProperty("@type") @Schema(example = "CreativeWork") String type,
            @Schema(example = "https://news.example.org/2024/10/26/putin-emphasized-treaty") String url,
            @Schema(example = "Putin emphasized the North Korea-Russia treaty several times") String headline,
            Instant datePublished,
            Party publisher) {

        static final String TYPE = "CreativeWork";
    }
}
