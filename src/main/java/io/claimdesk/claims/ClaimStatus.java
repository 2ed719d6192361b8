package io.claimdesk.claims;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a claim is in review. A claim becomes REVIEWED only by a review; status changes otherwise follow
 * NEW → IN_REVIEW | DISMISSED, IN_REVIEW → NEW | DISMISSED, REVIEWED → IN_REVIEW (reopened),
 * DISMISSED → NEW (restored).
 */
public enum ClaimStatus {
    NEW,
    IN_REVIEW,
    REVIEWED,
    DISMISSED;

    public Set<ClaimStatus> allowedNext() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_REVIEW, DISMISSED);
            case IN_REVIEW -> EnumSet.of(NEW, DISMISSED);
            case REVIEWED -> EnumSet.of(IN_REVIEW);
            case DISMISSED -> EnumSet.of(NEW);
        };
    }

    public boolean canMoveTo(ClaimStatus next) {
        return this == next || allowedNext().contains(next);
    }

    /** A review can be given to any claim that is not dismissed. */
    public boolean acceptsReview() {
        return this != DISMISSED;
    }
}
