package io.claimdesk.claims;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.claimdesk.actors.Actor;
import io.claimdesk.common.Problems;
import io.claimdesk.common.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A checkable assertion, attributed to a speaker, appearing in one or more sources. */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public String text;

    @Enumerated(EnumType.STRING)
    public ClaimKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    public Actor speaker;

    /** Changes only through {@link #moveTo} and {@link #applyReview}, which keep to the workflow. */
    @Enumerated(EnumType.STRING)
    private ClaimStatus status;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    @Enumerated(EnumType.STRING)
    @Column(name = "attribution_verdict")
    private AttributionVerdict attributionVerdict;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public ClaimOrigin origin;

    /** How sure extraction was that this is a claim of this speaker; null for claims entered by hand. */
    public Float confidence;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Figure> figures = new ArrayList<>();

    /** Who works on the claim, by the user name of their token; null when nobody does. */
    public String assignee;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** A claim entered by hand. */
    public static Claim manual(String text, ClaimKind kind, Actor speaker, List<String> tags) {
        Claim claim = recorded(text, kind, speaker, ClaimOrigin.MANUAL);
        claim.tags = new ArrayList<>(tags);
        return claim;
    }

    /** A claim extraction found, with how sure it was and the figures it states. */
    public static Claim extracted(String text, ClaimKind kind, Actor speaker, float confidence, List<Figure> figures) {
        Claim claim = recorded(text, kind, speaker, ClaimOrigin.EXTRACTED);
        claim.confidence = confidence;
        claim.figures = new ArrayList<>(figures);
        return claim;
    }

    private static Claim recorded(String text, ClaimKind kind, Actor speaker, ClaimOrigin origin) {
        Claim claim = new Claim();
        claim.text = text;
        claim.kind = kind;
        claim.speaker = speaker;
        claim.origin = origin;
        claim.status = ClaimStatus.NEW;
        return claim;
    }

    public ClaimStatus status() {
        return status;
    }

    public Verdict verdict() {
        return verdict;
    }

    public AttributionVerdict attributionVerdict() {
        return attributionVerdict;
    }

    /** Moves the claim along the workflow; a move it does not allow is a 409 that says what is allowed. */
    public void moveTo(ClaimStatus next) {
        if (!status.canMoveTo(next)) {
            throw Problems.conflict("A " + status + " claim cannot become " + next
                    + (next == ClaimStatus.REVIEWED ? "; post a review instead" : "") + "; allowed: " + status.allowedNext());
        }
        status = next;
    }

    /** The claim takes the verdicts of its newest review and becomes REVIEWED; a dismissed claim takes none. */
    public void applyReview(Verdict truth, AttributionVerdict attribution) {
        if (!status.acceptsReview()) {
            throw Problems.conflict("A DISMISSED claim cannot be reviewed; restore it to NEW first");
        }
        verdict = truth;
        attributionVerdict = attribution;
        status = ClaimStatus.REVIEWED;
    }

    /** Marks the claim changed when only what hangs on it changed (appearances folded in), so its version moves. */
    public void touch() {
        updatedAt = Timestamps.now();
    }

    @PrePersist
    void created() {
        createdAt = Timestamps.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void updated() {
        updatedAt = Timestamps.now();
    }
}
