package io.claimdesk.evidence;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.claimdesk.anchoring.TextQuote;
import io.claimdesk.sources.SourceRef;

@Schema(description = "A document linked to a claim")
public record EvidenceView(
        UUID id,
        UUID claimId,
        @Schema(nullable = true) SourceRef source,
        @Schema(nullable = true) TextQuote quote,
        @Schema(nullable = true) String url,
        @Schema(nullable = true) String title,
        Stance stance,
        @Schema(nullable = true) String note,
        @Schema(description = "Who linked it, from their token", example = "m.lee") String addedBy,
        Instant createdAt) {

    public static EvidenceView of(Evidence evidence) {
        return new EvidenceView(evidence.id, evidence.claim.id,
                evidence.source == null ? null : SourceRef.of(evidence.source),
                evidence.quote == null ? null : evidence.quote.toQuote(),
                evidence.url, evidence.title, evidence.stance, evidence.note, evidence.addedBy, evidence.createdAt);
    }
}
