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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.claimdesk.actors.Actor;
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

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    @Enumerated(EnumType.STRING)
    @Column(name = "attribution_verdict")
    public AttributionVerdict attributionVerdict;

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
}
