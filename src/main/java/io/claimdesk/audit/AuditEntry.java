package io.claimdesk.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

import io.claimdesk.common.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change, as recorded in the transaction that made it. Never updated or deleted. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "created_at")
    public Instant createdAt;

    public String actor;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type")
    public AuditedType entityType;

    @Column(name = "entity_id")
    public UUID entityId;

    @Column(name = "claim_id")
    public UUID claimId;

    /** JSON; null for a creation, and when only its changes are stored. Read as text, written through a cast, so no JSON library stands in between. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String before;

    /**
     * JSON: the fields of the state before that differ from the state after, when before is not stored whole.
     */
    @Column(name = "before_changes", columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String beforeChanges;

    /** JSON; null for a deletion. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String after;

    @PrePersist
    void created() {
        createdAt = Timestamps.now();
    }
}
