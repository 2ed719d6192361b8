package io.claimdesk.actors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.claimdesk.common.Text;
import io.claimdesk.common.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person or organization that claims are attributed to. */
@Entity
@Table(name = "actor")
public class Actor extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public ActorKind kind;

    public String description;

    @ElementCollection
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "alias")
    public List<String> aliases = new ArrayList<>();

    /** URLs of pages that identify the actor, for schema.org sameAs. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "same_as")
    public List<String> sameAs = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Actor named(String name, ActorKind kind, String description) {
        Actor actor = new Actor();
        actor.name = name.strip();
        actor.kind = kind;
        actor.description = Text.strippedOrNull(description);
        return actor;
    }

    /** Marks the actor changed, also when only its aliases or its claims did, so that its version moves. */
    void touch() {
        updatedAt = Timestamps.now();
    }

    @PrePersist
    void created() {
        createdAt = Timestamps.now();
        updatedAt = createdAt;
    }
}
