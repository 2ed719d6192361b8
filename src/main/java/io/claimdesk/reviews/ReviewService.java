package io.claimdesk.reviews;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.claimdesk.claims.Claim;
import io.claimdesk.claims.ClaimService;
import io.claimdesk.claims.ClaimStatus;
import io.claimdesk.common.Keyset;
import io.claimdesk.common.Page;
import io.claimdesk.common.Problems;
import io.claimdesk.common.SqlFilter;
import io.claimdesk.common.Timestamps;
import io.claimdesk.security.Caller;

@ApplicationScoped
@Transactional
public class ReviewService {

    @Inject
    ClaimService claims;

    @Inject
    Caller caller;

    /** Appends a review; the claim takes its verdict and becomes REVIEWED. */
    public ReviewView add(UUID claimId, NewReview request) {
        Claim claim = claims.require(claimId);
        if (!claim.status.acceptsReview()) {
            throw Problems.conflict("A DISMISSED claim cannot be reviewed; restore it to NEW first");
        }
        Review review = new Review();
        review.claim = claim;
        review.verdict = request.verdict();
        review.rationale = request.rationale().strip();
        review.reviewer = caller.name();
        review.createdAt = Timestamps.now();
        review.persist();

        claim.verdict = review.verdict;
        claim.status = ClaimStatus.REVIEWED;
        claim.updatedAt = review.createdAt;
        return ReviewView.of(review);
    }

    @Transactional(SUPPORTS)
    public Optional<ReviewView> latest(UUID claimId) {
        return Review.<Review> find("claim.id = ?1 order by createdAt desc, id desc", claimId)
                .firstResultOptional()
                .map(ReviewView::of);
    }

    /** Newest first. */
    @Transactional(SUPPORTS)
    public Page<ReviewView> list(UUID claimId, int limit, String cursor) {
        claims.require(claimId);
        SqlFilter where = new SqlFilter().always("r.claim_id = :claimId").parameter("claimId", claimId);
        Keyset.Slice slice = Keyset.page(Review.getEntityManager(), "select r.id, r.created_at as sort_key from review r",
                where, Keyset.SortKey.TIMESTAMP, true, cursor, limit);
        List<Review> found = slice.ids().isEmpty() ? List.of() : Review.list("id in ?1", slice.ids());
        return new Page<>(Keyset.inOrder(slice.ids(), found, review -> review.id).stream().map(ReviewView::of).toList(),
                slice.nextCursor());
    }
}
