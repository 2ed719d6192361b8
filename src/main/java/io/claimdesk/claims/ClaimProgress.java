package io.claimdesk.claims;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.claimdesk.common.Timestamps;

/**
 * Where a claim is in its review, in a narrow row of its own: what reviews, status changes and assignments write,
 * so that they leave the claim's wide row as it is. Its version is the claim's; {@link Claim} alone changes it.
 */
@Entity
@Table(name = "claim_progress")
class ClaimProgress {

    @Id
    @Column(name = "claim_id")
    UUID claimId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id")
    Claim claim;

    @Enumerated(EnumType.STRING)
    ClaimStatus status;

    @Enumerated(EnumType.STRING)
    Verdict verdict;

    @Enumerated(EnumType.STRING)
    @Column(name = "attribution_verdict")
    AttributionVerdict attributionVerdict;

    String assignee;

    /** The claim's creation time, so that lists filtered by status, verdict or assignee are ordered from this table. */
    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Version
    long version;

    static ClaimProgress of(Claim claim) {
        ClaimProgress progress = new ClaimProgress();
        progress.claim = claim;
        progress.status = ClaimStatus.NEW;
        return progress;
    }

    @PreUpdate
    void updated() {
        updatedAt = Timestamps.now();
    }
}
