package io.claimdesk.reviews;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reviewer's approval of another reviewer's review")
public record ApprovalView(
        UUID id,
        UUID reviewId,
        @Schema(description = "Who approved it, from their token", example = "j.park") String approver,
        Instant approvedAt) {

    static ApprovalView of(ReviewApproval approval) {
        return new ApprovalView(approval.id, approval.review.id, approval.approver, approval.approvedAt);
    }
}
