package io.claimdesk.claimdetail;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.claimdesk.claims.AppearanceView;
import io.claimdesk.claims.ClaimFields;
import io.claimdesk.claims.ClaimSnapshot;
import io.claimdesk.evidence.EvidenceView;
import io.claimdesk.publishing.PublicationView;
import io.claimdesk.reviews.ReviewView;

@Schema(description = "A claim with where it appears, its latest review, its evidence and its publication")
public record ClaimDetail(
        @JsonUnwrapped ClaimFields claim,
        @Schema(nullable = true, description = "Who works on the claim (a user name); null when nobody does", example = "j.park") String assignee,
        List<AppearanceView> appearances,
        @Schema(nullable = true) ReviewView latestReview,
        List<EvidenceView> evidence,
        @Schema(nullable = true, description = "The current publication as a ClaimReview; null when not published") PublicationView publication,
        @Schema(description = "Changes with every update; the ETag carries it too") long version) {

    static ClaimDetail of(ClaimSnapshot claim, List<AppearanceView> appearances, ReviewView latestReview,
            List<EvidenceView> evidence, PublicationView publication) {
        return new ClaimDetail(claim.fields(), claim.assignee(), appearances, latestReview, evidence, publication,
                claim.version());
    }
}
