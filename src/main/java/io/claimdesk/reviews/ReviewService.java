package io.claimdesk.reviews;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.claimdesk.audit.AuditAction;
import io.claimdesk.audit.AuditLog;
import io.claimdesk.audit.AuditedType;
import io.claimdesk.claims.AttributionVerdict;
import io.claimdesk.claims.Claim;
import io.claimdesk.claims.ClaimFolding;
import io.claimdesk.claims.ClaimService;
import io.claimdesk.claims.ClaimState;
import io.claimdesk.claims.Verdict;
import io.claimdesk.common.Keyset;
import io.claimdesk.common.Page;
import io.claimdesk.common.Problems;
import io.claimdesk.common.SqlFilter;
import io.claimdesk.common.SqlRows;
import io.claimdesk.security.Caller;
import io.quarkus.security.ForbiddenException;

@ApplicationScoped
@Transactional
public class ReviewService {

    @Inject
    ClaimService claims;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    /** Appends a review, or a correction of an earlier one; the claim takes its verdicts and becomes REVIEWED. */
    public ReviewView add(UUID claimId, NewReview request) {
        Claim claim = claims.requireLocked(claimId);
        ClaimState before = ClaimState.of(claim);
        claim.applyReview(request.verdict(), request.attribution());
        if (request.supersedes() != null) {
            requireCorrectable(claimId, request.supersedes());
        }
        Review review = Review.of(claim, request, caller.name());
        review.persist();
        ReviewView view = ReviewView.of(review, null, List.of());
        audit.record(AuditAction.CREATE, AuditedType.REVIEW, review.id, claimId, null, view);
        audit.record(AuditAction.UPDATE, AuditedType.CLAIM, claimId, claimId, before, ClaimState.of(claim));
        return view;
    }

    /** A reviewed claim keeps its own identity: its reviews would otherwise rate a text they never saw. */
    void refuseFoldingReviewed(@Observes ClaimFolding folding) {
        UUID folded = folding.folded().id;
        if (newest(folded).isPresent()) {
            throw Problems.conflict("Claim " + folded + " has reviews; dismiss it instead of folding it in");
        }
    }

    /** Only a review of the same claim that no other review corrects yet can be corrected. */
    private void requireCorrectable(UUID claimId, UUID supersedes) {
        Review earlier = Review.<Review> findByIdOptional(supersedes)
                .filter(review -> review.claim.id.equals(claimId))
                .orElseThrow(() -> Problems.unprocessable("Review " + supersedes + " is not a review of claim " + claimId));
        Review.<Review> find("supersedesId", earlier.id).firstResultOptional().ifPresent(correction -> {
            throw Problems.conflict("Review " + earlier.id + " is already corrected by review " + correction.id
                    + "; correct that one instead");
        });
    }

    /** Another reviewer's approval of a review; its author cannot approve it, nor anyone twice. */
    public ApprovalView approve(UUID claimId, UUID reviewId) {
        claims.requireLocked(claimId);
        Review review = Review.<Review> findByIdOptional(reviewId)
                .filter(found -> found.claim.id.equals(claimId))
                .orElseThrow(() -> Problems.notFound("Review of claim " + claimId, reviewId));
        String approver = caller.name();
        if (approver.equals(review.reviewer)) {
            throw new ForbiddenException("The author of a review cannot approve it; another reviewer must");
        }
        if (ReviewApproval.count("review.id = ?1 and approver = ?2", reviewId, approver) > 0) {
            throw Problems.conflict("Review " + reviewId + " is already approved by " + approver);
        }
        ReviewApproval approval = ReviewApproval.of(review, approver);
        approval.persist();
        ApprovalView view = ApprovalView.of(approval);
        audit.record(AuditAction.APPROVE, AuditedType.REVIEW, reviewId, claimId, null, view);
        return view;
    }

    /** The claim's newest review, whose verdicts the claim carries. */
    @Transactional(SUPPORTS)
    public Optional<Review> newest(UUID claimId) {
        return Review.<Review> find("claim.id = ?1 order by createdAt desc, id desc", claimId).firstResultOptional();
    }

    @Transactional(SUPPORTS)
    public long approvalCount(UUID reviewId) {
        return ReviewApproval.count("review.id", reviewId);
    }

    /** The claim's newest review with the review correcting it and its approvals, read as rows. */
    @Transactional(SUPPORTS)
    public Optional<ReviewView> latest(UUID claimId) {
        EntityManager em = Review.getEntityManager();
        Optional<ReviewView> newest = SqlRows.list(em, "select r.id, r.verdict, r.attribution, r.rationale, r.reviewer,"
                + " r.supersedes_id, r.correction_reason, r.created_at from review r where r.claim_id = :claimId"
                + " order by r.created_at desc, r.id desc limit 1", Map.of("claimId", claimId), null,
                row -> new ReviewView(SqlRows.uuid(row, 1), claimId, SqlRows.named(Verdict.class, row, 2),
                        SqlRows.named(AttributionVerdict.class, row, 3), row.getString(4), row.getString(5),
                        SqlRows.uuid(row, 6), row.getString(7), null, List.of(), SqlRows.instant(row, 8)))
                .stream().findFirst();
        return newest.map(review -> {
            Map<String, UUID> reviewId = Map.of("reviewId", review.id());
            UUID supersededBy = SqlRows.list(em, "select r.id from review r where r.supersedes_id = :reviewId", reviewId,
                    null, row -> SqlRows.uuid(row, 1)).stream().findFirst().orElse(null);
            List<ApprovalView> approvals = SqlRows.list(em, "select a.id, a.approver, a.approved_at from review_approval a"
                    + " where a.review_id = :reviewId order by a.approved_at, a.id", reviewId, null,
                    row -> new ApprovalView(SqlRows.uuid(row, 1), review.id(), row.getString(2), SqlRows.instant(row, 3)));
            return review.with(supersededBy, approvals);
        });
    }

    /** Newest first; corrections and the reviews they correct both stay listed. */
    @Transactional(SUPPORTS)
    public Page<ReviewView> list(UUID claimId, int limit, String cursor) {
        claims.require(claimId);
        SqlFilter where = new SqlFilter().always("r.claim_id = :claimId").parameter("claimId", claimId);
        Keyset.Slice slice = Keyset.page(Review.getEntityManager(), "select r.id, r.created_at as sort_key from review r",
                where, Keyset.SortKey.TIMESTAMP, true, cursor, limit);
        if (slice.ids().isEmpty()) {
            return new Page<>(List.of(), slice.nextCursor());
        }
        List<Review> found = Review.list("id in ?1", slice.ids());
        Map<UUID, UUID> supersededBy = supersededBy(slice.ids());
        Map<UUID, List<ApprovalView>> approvals = approvals(slice.ids());
        return new Page<>(Keyset.inOrder(slice.ids(), found, review -> review.id).stream()
                .map(review -> ReviewView.of(review, supersededBy.get(review.id),
                        approvals.getOrDefault(review.id, List.of())))
                .toList(), slice.nextCursor());
    }

    /** For each of the reviews, its approvals oldest first, in one statement. */
    private static Map<UUID, List<ApprovalView>> approvals(List<UUID> reviewIds) {
        return ReviewApproval.<ReviewApproval> list("review.id in ?1 order by approvedAt, id", reviewIds).stream()
                .map(ApprovalView::of)
                .collect(Collectors.groupingBy(ApprovalView::reviewId));
    }

    /** For each of the reviews that is corrected, the review correcting it, in one statement. */
    private static Map<UUID, UUID> supersededBy(List<UUID> reviewIds) {
        return Review.<Review> list("supersedesId in ?1", reviewIds).stream()
                .collect(Collectors.toMap(correction -> correction.supersedesId, correction -> correction.id));
    }
}
