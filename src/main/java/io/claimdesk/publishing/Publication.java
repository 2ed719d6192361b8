package io.claimdesk.publishing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.claimdesk.claims.Claim;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One publication of a claim's review. A retraction closes it and keeps it; a claim has one open at most. */
@Entity
@Table(name = "publication")
public class Publication extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    public String url;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "retracted_at")
    public Instant retractedAt;

    @Column(name = "retracted_by")
    public String retractedBy;

    @Column(name = "retraction_reason")
    public String retractionReason;
}
