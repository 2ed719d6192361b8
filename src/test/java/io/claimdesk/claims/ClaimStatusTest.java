package io.claimdesk.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimStatusTest {

    @Test
    void newClaimsGoIntoReviewOrAreDismissed() {
        assertTrue(ClaimStatus.NEW.canMoveTo(ClaimStatus.IN_REVIEW));
        assertTrue(ClaimStatus.NEW.canMoveTo(ClaimStatus.DISMISSED));
    }

    @Test
    void onlyAReviewMakesAClaimReviewed() {
        for (ClaimStatus status : ClaimStatus.values()) {
            if (status != ClaimStatus.REVIEWED) {
                assertFalse(status.canMoveTo(ClaimStatus.REVIEWED), status.name());
            }
        }
    }

    @Test
    void reviewedClaimsCanOnlyBeReopened() {
        assertTrue(ClaimStatus.REVIEWED.canMoveTo(ClaimStatus.IN_REVIEW));
        assertFalse(ClaimStatus.REVIEWED.canMoveTo(ClaimStatus.NEW));
        assertFalse(ClaimStatus.REVIEWED.canMoveTo(ClaimStatus.DISMISSED));
    }

    @Test
    void dismissedClaimsAreRestoredToNewAndTakeNoReview() {
        assertTrue(ClaimStatus.DISMISSED.canMoveTo(ClaimStatus.NEW));
        assertFalse(ClaimStatus.DISMISSED.canMoveTo(ClaimStatus.IN_REVIEW));
        assertFalse(ClaimStatus.DISMISSED.acceptsReview());
        assertTrue(ClaimStatus.IN_REVIEW.acceptsReview());
    }

    @Test
    void stayingInTheSameStatusIsAlwaysAllowed() {
        for (ClaimStatus status : ClaimStatus.values()) {
            assertTrue(status.canMoveTo(status));
        }
    }
}
