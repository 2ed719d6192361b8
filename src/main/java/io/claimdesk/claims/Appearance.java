package io.claimdesk.claims;

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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import io.claimdesk.actors.Actor;
import io.claimdesk.anchoring.QuoteColumns;
import io.claimdesk.anchoring.TextQuote;
import io.claimdesk.common.Text;
import io.claimdesk.common.Timestamps;
import io.claimdesk.sources.Source;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Where a claim appears: a quote anchored in a source's text. */
@Entity
@Table(name = "appearance")
public class Appearance extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    @Embedded
    public QuoteColumns quote;

    /** Whom this source attributes the claim to; sources can disagree, so each appearance keeps its own. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attribution_speaker_id")
    public Actor speaker;

    /** The words that attribute the quote to its speaker here, e.g. "said" or "according to". */
    @Column(name = "attribution_cue")
    public String cue;

    @Enumerated(EnumType.STRING)
    @Column(name = "attribution_mode")
    public AttributionMode mode;

    @Column(name = "created_at")
    public Instant createdAt;

    /**
     * The claim quoted at this span of the source, attributed as the attribution says; without a mode, a quote is
     * direct speech and anything else reported speech.
     */
    static Appearance of(Claim claim, Source source, TextQuote quote, Attribution attribution, Actor speaker) {
        Appearance appearance = new Appearance();
        appearance.claim = claim;
        appearance.source = source;
        appearance.quote = QuoteColumns.of(quote);
        appearance.speaker = speaker;
        appearance.cue = attribution == null ? null : Text.strippedOrNull(attribution.cue());
        appearance.mode = attribution != null && attribution.mode() != null ? attribution.mode()
                : claim.kind == ClaimKind.QUOTE ? AttributionMode.DIRECT : AttributionMode.INDIRECT;
        return appearance;
    }

    /** Whether this appearance quotes the same span of the same source as the other. */
    boolean sameSpanAs(Appearance other) {
        return source.id.equals(other.source.id) && quote.start.equals(other.quote.start) && quote.end.equals(other.quote.end);
    }

    @PrePersist
    void created() {
        createdAt = Timestamps.now();
    }
}
