package io.claimdesk.claims;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

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

    /**
     * Status, verdicts, assignee and version, in a narrow table of their own. Status and verdicts change only
     * through {@link #moveTo} and {@link #applyReview}, which keep to the workflow.
     */
    @OneToOne(mappedBy = "claim", cascade = CascadeType.ALL, optional = false)
    private ClaimProgress progress;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public ClaimOrigin origin;

    /** How sure extraction was that this is a claim of this speaker; null for claims entered by hand. */
    public Float confidence;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Figure> figures = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

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
        claim.progress = ClaimProgress.of(claim);
        return claim;
    }

    public ClaimStatus status() {
        return progress.status;
    }

    public Verdict verdict() {
        return progress.verdict;
    }

    public AttributionVerdict attributionVerdict() {
        return progress.attributionVerdict;
    }

    /** Who works on the claim, by the user name of their token; null when nobody does. */
    public String assignee() {
        return progress.assignee;
    }

    public void assignTo(String assignee) {
        progress.assignee = assignee;
    }

    /** Moves with every change of the claim, its own fields or its progress: the claim's ETag. */
    public long version() {
        return progress.version;
    }

    /** Moves the claim along the workflow; a move it does not allow is a 409 that says what is allowed. */
    public void moveTo(ClaimStatus next) {
        ClaimStatus status = progress.status;
        if (!status.canMoveTo(next)) {
            throw Problems.conflict("A " + status + " claim cannot become " + next
                    + (next == ClaimStatus.REVIEWED ? "; post a review instead" : "") + "; allowed: " + status.allowedNext());
        }
        progress.status = next;
    }

    /** The claim takes the verdicts of its newest review and becomes REVIEWED; a dismissed claim takes none. */
    public void applyReview(Verdict truth, AttributionVerdict attribution) {
        if (!progress.status.acceptsReview()) {
            throw Problems.conflict("A DISMISSED claim cannot be reviewed; restore it to NEW first");
        }
        progress.verdict = truth;
        progress.attributionVerdict = attribution;
        progress.status = ClaimStatus.REVIEWED;
    }

    /**
     * Marks the claim changed, so that its version moves: after a change of its own fields (text, kind, speaker,
     * tags), which live outside its progress, or of what hangs on it (appearances folded in).
     */
    public void touch() {
        progress.updatedAt = Timestamps.now();
    }

    @PrePersist
    void created() {
        createdAt = Timestamps.now();
        progress.createdAt = createdAt;
        progress.updatedAt = createdAt;
    }
}
