package io.claimdesk.sources;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.claimdesk.common.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A document claims are taken from. Its text is kept verbatim so that quote anchors stay valid. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public String url;

    public String title;

    public String publisher;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> authors = new ArrayList<>();

    @Column(name = "published_at")
    public Instant publishedAt;

    public String language;

    // Lazy: lists and quote lookups need the metadata, not the whole article.
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body")
    public String text;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @PrePersist
    void created() {
        createdAt = Timestamps.now();
    }
}
