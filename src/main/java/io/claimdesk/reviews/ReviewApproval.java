package io.claimdesk.reviews;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import io.claimdesk.common.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A second reviewer's approval of a review: the check publishing waits for. */
@Entity
@Table(name = "review_approval")
public class ReviewApproval extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    public Review review;

    public String approver;

    @Column(name = "approved_at")
    public Instant approvedAt;

    static ReviewApproval of(Review review, String approver) {
        ReviewApproval approval = new ReviewApproval();
        approval.review = review;
        approval.approver = approver;
        return approval;
    }

    @PrePersist
    void approved() {
        approvedAt = Timestamps.now();
    }
}
