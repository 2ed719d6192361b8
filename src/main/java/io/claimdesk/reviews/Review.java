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
import jakarta.persistence.Table;

import io.claimdesk.claims.AttributionVerdict;
import io.claimdesk.claims.Claim;
import io.claimdesk.claims.Verdict;
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
}
