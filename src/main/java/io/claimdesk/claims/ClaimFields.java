package io.claimdesk.claims;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.claimdesk.actors.ActorRef;

/** What every view of a claim shows of the claim itself; the views write these fields at their own top level. */
public record ClaimFields(
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
        Instant createdAt,
        Instant updatedAt) {
}
