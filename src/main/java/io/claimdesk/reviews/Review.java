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

import io.claimdesk.claims.Claim;
import io.claimdesk.claims.Verdict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reviewer's verdict on a claim. Append-only: the claim's verdict is its latest review's. */
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

    public String rationale;

    public String reviewer;

    @Column(name = "created_at")
    public Instant createdAt;
}
