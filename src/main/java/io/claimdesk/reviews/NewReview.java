package io.claimdesk.reviews;

import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.claimdesk.claims.AttributionVerdict;
import io.claimdesk.claims.Verdict;
import io.claimdesk.common.ViolationField;

@Schema(description = "A verdict on a claim and on its attribution, with the rationale; a correction names the review it supersedes")
public record NewReview(
        @NotNull Verdict verdict,
        @Schema(description = "Whether the speaker said it", example = "CONFIRMED") @NotNull AttributionVerdict attribution,
        @Schema(example = "HUR's figure is consistent with later South Korean intelligence estimates of 10,000 to 12,000 troops, but no independent count exists.")
        @NotBlank @Size(max = 20_000) String rationale,
        @Schema(description = "The earlier review of the same claim that this one corrects") UUID supersedes,
        @Schema(description = "Why the earlier review is corrected; required with supersedes", example = "South Korea's NIS revised its estimate to 11,000 troops.")
        @Size(max = 20_000) String correctionReason) {

    @JsonIgnore
    @AssertTrue(message = "correctionReason goes with supersedes: give both or neither")
    @ViolationField("correctionReason")
    public boolean isCorrectionExplained() {
        return (supersedes == null) == (correctionReason == null || correctionReason.isBlank());
    }
}
