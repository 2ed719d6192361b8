package io.claimdesk.reviews;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.claimdesk.claims.Verdict;

@Schema(description = "A verdict on a claim with its rationale")
public record NewReview(
        @NotNull Verdict verdict,
        @Schema(example = "HUR's figure is consistent with later South Korean intelligence estimates of 10,000 to 12,000 troops, but no independent count exists.")
        @NotBlank @Size(max = 20_000) String rationale) {
}
