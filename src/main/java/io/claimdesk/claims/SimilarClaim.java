package io.claimdesk.claims;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A claim that likely states the same thing: from another source, or quoting overlapping text of the same one")
public record SimilarClaim(
        ClaimSummary claim,
        @Schema(description = "Likeness from 0 to 1: trigram similarity of the texts and full-text overlap", example = "0.42") double score,
        @Schema(description = "Whether it quotes text overlapping this claim's quote in a source both appear in: most likely a duplicate") boolean overlapping) {
}
