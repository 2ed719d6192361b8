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
        ActorRef speaker,
        ClaimStatus status,
        @Schema(nullable = true) Verdict verdict,
        @Schema(nullable = true, description = "Whether the speaker said it; null until reviewed") AttributionVerdict attributionVerdict,
        List<String> tags,
        ClaimOrigin origin,
        UUID appearanceId,
        TextQuote quote,
        Instant createdAt,
        Instant updatedAt) {
}
