package io.claimdesk.evidence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.claimdesk.anchoring.QuoteColumns;
import io.claimdesk.claims.Claim;
import io.claimdesk.common.Timestamps;
import io.claimdesk.sources.Source;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A document linked to a claim: a stored source (optionally a quote in it) or an external URL. */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;

    public String url;

    public String title;

    @Embedded
    public QuoteColumns quote;

    @Enumerated(EnumType.STRING)
    public Stance stance;

    public String note;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @PrePersist
    void created() {
        createdAt = Timestamps.now();
    }
}
