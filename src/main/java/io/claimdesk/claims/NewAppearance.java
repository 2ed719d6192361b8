package io.claimdesk.claims;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.claimdesk.anchoring.QuoteSelector;

@Schema(description = "Another place where a claim appears")
public record NewAppearance(
        @NotNull UUID sourceId,
        @NotNull @Valid QuoteSelector quote,
        @Valid Attribution attribution,
        @Schema(description = "Whom this source attributes the claim to, when it is not the claim's speaker")
        @Valid SpeakerInput speaker) {
}
