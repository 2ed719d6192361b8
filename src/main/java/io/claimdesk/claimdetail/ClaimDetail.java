package io.claimdesk.claimdetail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.claimdesk.actors.ActorRef;
import io.claimdesk.claims.AppearanceView;
import io.claimdesk.claims.AttributionVerdict;
import io.claimdesk.claims.Claim;
import io.claimdesk.claims.ClaimKind;
import io.claimdesk.claims.ClaimOrigin;
import io.claimdesk.claims.ClaimStatus;
import io.claimdesk.claims.Figure;
import io.claimdesk.claims.Verdict;
import io.claimdesk.evidence.EvidenceView;
import io.claimdesk.publishing.PublicationView;
import io.claimdesk.reviews.ReviewView;

@Schema(description = "A claim with where it appears, its latest review, its evidence and its publication")
public record ClaimDetail(
        UUID id,
        @Schema(example = "About 12,000 North Korean soldiers are being trained at five military training grounds in eastern Russia.") String text,
        ClaimKind kind,
        @Schema(nullable = true, description = "Who made the claim; null when unknown") ActorRef speaker,
        ClaimStatus status,
        @Schema(nullable = true, description = "Who works on the claim (a user name); null when nobody does", example = "j.park") String assignee,
        @Schema(nullable = true) Verdict verdict,
        @Schema(nullable = true, description = "Whether the speaker said it; null until reviewed") AttributionVerdict attributionVerdict,
        List<String> tags,
        ClaimOrigin origin,
        @Schema(description = "How sure extraction was, from 0 to 1; null for claims entered by hand", nullable = true, example = "0.9") Float confidence,
        @Schema(description = "Numbers the claim states, with what they count or measure") List<Figure> figures,
        List<AppearanceView> appearances,
        @Schema(nullable = true) ReviewView latestReview,
        List<EvidenceView> evidence,
        @Schema(nullable = true, description = "The current publication as a ClaimReview; null when not published") PublicationView publication,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Changes with every update; the ETag carries it too") long version) {

    static ClaimDetail of(Claim claim, List<AppearanceView> appearances, ReviewView latestReview,
            List<EvidenceView> evidence, PublicationView publication) {
        return new ClaimDetail(claim.id, claim.text, claim.kind, ActorRef.of(claim.speaker), claim.status(), claim.assignee,
                claim.verdict(), claim.attributionVerdict(), List.copyOf(claim.tags), claim.origin, claim.confidence,
                List.copyOf(claim.figures), appearances, latestReview, evidence, publication, claim.createdAt,
                claim.updatedAt, claim.version);
    }
}
