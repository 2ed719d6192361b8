package io.claimdesk.reviews;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import io.claimdesk.claims.AttributionVerdict;
import io.claimdesk.claims.Claim;
import io.claimdesk.claims.Verdict;
import io.claimdesk.common.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reviewer's verdicts on a claim. Append-only, corrected only by a newer review: the claim's verdicts are its latest review's. */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    @Enumerated(EnumType.STRING)
    public AttributionVerdict attribution;

    public String rationale;

    public String reviewer;

    /** The earlier review this one corrects. */
    @Column(name = "supersedes_id")
    public UUID supersedesId;

    @Column(name = "correction_reason")
    public String correctionReason;

    @Column(name = "created_at")
    public Instant createdAt;

    /** A review of the claim, or a correction of an earlier one when the request names it. */
    static Review of(Claim claim, NewReview request, String reviewer) {
        Review review = new Review();
        review.claim = claim;
        review.verdict = request.verdict();
        review.attribution = request.attribution();
        review.rationale = request.rationale().strip();
        review.reviewer = reviewer;
        review.supersedesId = request.supersedes();
        review.correctionReason = request.supersedes() == null ? null : request.correctionReason().strip();
        return review;
    }

    @PrePersist
    void created() {
        createdAt = Timestamps.now();
    }
}
