package io.claimdesk.claims;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.claimdesk.anchoring.TextQuote;

@Schema(description = "A claim as it appears in one source, with its quote there")
public record SourceClaimView(
        @JsonUnwrapped ClaimFields claim,
        UUID appearanceId,
        TextQuote quote,
        AttributionView attribution) {
}
