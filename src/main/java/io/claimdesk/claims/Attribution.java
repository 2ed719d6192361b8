package io.claimdesk.claims;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(description = "How a source attributes a claim to its speaker: the cue words and whether it quotes directly")
public record Attribution(
        @Schema(description = "The attributing verb or phrase as written", example = "according to") @Size(max = 200) String cue,
        @Schema(description = "DIRECT for a quotation, INDIRECT for reported speech, MIXED for reported speech with quoted parts", example = "INDIRECT")
        AttributionMode mode) {
}
