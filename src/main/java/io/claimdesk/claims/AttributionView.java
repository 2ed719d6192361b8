package io.claimdesk.claims;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.claimdesk.actors.ActorRef;

@Schema(description = "How one source attributes a claim: to whom, with which words, and whether it quotes directly")
public record AttributionView(
        @Schema(description = "Whom this source attributes the claim to; it may differ from the claim's speaker", nullable = true)
        ActorRef speaker,
        @Schema(description = "The attributing verb or phrase as written", example = "according to", nullable = true) String cue,
        @Schema(description = "DIRECT for a quotation, INDIRECT for reported speech, MIXED for reported speech with quoted parts", example = "INDIRECT")
        AttributionMode mode) {
}
