package io.claimdesk.claims;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.claimdesk.actors.ActorRef;
import io.claimdesk.anchoring.TextQuote;

@Schema(description = "A claim as it appears in one source, with its quote there")
public record SourceClaimView(
        UUID id,
        @Schema(example = "About 12,000 North Korean soldiers are being trained at five military training grounds in eastern Russia.") String text,
        ClaimKind kind,
        @Schema(nullable = true, description = "Who made the claim; null when unknown") ActorRef speaker,
        ClaimStatus status,
        @Schema(nullable = true) Verdict verdict,
        @Schema(nullable = true, description = "Whether the speaker said it; null until reviewed") AttributionVerdict attributionVerdict,
        List<String> tags,
        ClaimOrigin origin,
        @Schema(description = "How sure extraction was, from 0 to 1; null for claims entered by hand", nullable = true, example = "0.9") Float confidence,
        @Schema(description = "Numbers the claim states, with what they count or measure") List<Figure> figures,
        UUID appearanceId,
        TextQuote quote,
        AttributionView attribution,
        Instant createdAt,
        Instant updatedAt) {
}
