package io.claimdesk.publishing;

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

/**
 * One published version of a claim's review: the review as it was when an editor published it. A newer version
 * supersedes it; a retraction closes it. Both keep it. A claim's latest version is its entry in the change feed.
 */
@Entity
@Table(name = "publication")
public class Publication extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    /** 1 for the claim's first publication, then counting up. */
    public int version;

    public String url;

    @Column(name = "review_id")
    public UUID reviewId;

    /** The claim's text, verdicts and rationale as published: later edits and reviews leave them alone. */
    @Column(name = "claim_text")
    public String claimText;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    @Enumerated(EnumType.STRING)
    public AttributionVerdict attribution;

    public String rationale;

    /** When the claim was first published; every later version keeps it as its datePublished. */
    @Column(name = "first_published_at")
    public Instant firstPublishedAt;

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

    /** When a newer version replaced this one. */
    @Column(name = "superseded_at")
    public Instant supersededAt;

    /** When this version was published or retracted, whichever came last: its place in the change feed. */
    @Column(name = "changed_at")
    public Instant changedAt;

    public boolean isLive() {
        return supersededAt == null && retractedAt == null;
    }
}
