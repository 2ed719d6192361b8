package io.claimdesk.claims;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A claim from another source that likely states the same thing")
public record SimilarClaim(
        ClaimSummary claim,
        @Schema(description = "Likeness from 0 to 1: trigram similarity of the texts and full-text overlap", example = "0.42") double score) {
}
