package io.claimdesk.claims;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.claimdesk.actors.Actor;
import io.claimdesk.actors.ActorService;
import io.claimdesk.anchoring.QuoteColumns;
import io.claimdesk.anchoring.TextQuote;
import io.claimdesk.audit.AuditAction;
import io.claimdesk.audit.AuditLog;
import io.claimdesk.audit.AuditedType;
import io.claimdesk.common.ETags;
import io.claimdesk.common.Keyset;
import io.claimdesk.common.Page;
import io.claimdesk.common.Problems;
import io.claimdesk.common.SqlFilter;
import io.claimdesk.common.Timestamps;
import io.claimdesk.evidence.EvidenceService;
import io.claimdesk.publishing.PublicationService;
import io.claimdesk.reviews.ReviewService;
import io.claimdesk.security.Caller;
import io.claimdesk.security.Roles;
import io.claimdesk.sources.Source;
import io.claimdesk.sources.SourceService;

@ApplicationScoped
@Transactional
public class ClaimService {

    /** Relevance of a claim to a query: the best of its own text and its quotes. */
    private static final String RANK = """
            greatest(ts_rank(c.search, query), coalesce((select max(ts_rank(a.search, query)) from appearance a
                     where a.claim_id = c.id and a.search @@ query), 0))""";

    @Inject
    SourceService sources;

    @Inject
    ActorService actors;

    @Inject
    ReviewService reviews;

    @Inject
    EvidenceService evidence;

    @Inject
    PublicationService publications;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    public ClaimDetail create(NewClaim request) {
        Source source = request.sourceId() == null ? null : sources.referenced(request.sourceId());
        TextQuote quote = source == null ? null : sources.anchor(source, request.quote());

        Claim claim = new Claim();
        claim.text = request.text() != null && !request.text().isBlank() ? request.text().strip() : quote.exact();
        claim.kind = request.kind();
        claim.speaker = speaker(request.speaker());
        claim.status = ClaimStatus.NEW;
        claim.tags = normalizedTags(request.tags());
        claim.origin = ClaimOrigin.MANUAL;
        claim.createdAt = Timestamps.now();
        claim.updatedAt = claim.createdAt;
        claim.persist();
        audit.record(AuditAction.CREATE, AuditedType.CLAIM, claim.id, claim.id, null, ClaimState.of(claim));
        if (source != null) {
            appear(claim, source, quote);
        }
        return get(claim.id);
    }

    @Transactional(SUPPORTS)
    public ClaimDetail get(UUID id) {
        Claim claim = require(id);
        List<Appearance> appearances = Appearance.list(
                "select a from Appearance a join fetch a.source where a.claim.id = ?1 order by a.createdAt, a.id", id);
        return ClaimMapper.toDetail(claim, appearances, reviews.latest(id).orElse(null), evidence.forClaim(id),
                publications.current(id).orElse(null));
    }

    /** The claim a path names, with its speaker: 404 when there is none. */
    @Transactional(SUPPORTS)
    public Claim require(UUID id) {
        return Claim.<Claim> find("select c from Claim c left join fetch c.speaker where c.id = ?1", id)
                .firstResultOptional()
                .orElseThrow(() -> Problems.notFound("Claim", id));
    }

    public ClaimDetail update(UUID id, String ifMatch, ClaimPatch patch) {
        if (!patch.isStatusOnly()) {
            caller.require(Roles.EDITOR, "Changing a claim's text, kind, speaker or tags");
        }
        Claim claim = require(id);
        ETags.require(ifMatch, claim.version);
        if (patch.status() != null && !claim.status.canMoveTo(patch.status())) {
            throw Problems.conflict("A " + claim.status + " claim cannot become " + patch.status()
                    + (patch.status() == ClaimStatus.REVIEWED ? "; post a review instead" : "")
                    + "; allowed: " + claim.status.allowedNext());
        }
        ClaimState before = ClaimState.of(claim);
        if (patch.text() != null) {
            claim.text = patch.text().strip();
        }
        if (patch.kind() != null) {
            claim.kind = patch.kind();
        }
        if (patch.speaker() != null) {
            claim.speaker = speaker(patch.speaker());
        }
        if (patch.status() != null) {
            claim.status = patch.status();
        }
        if (patch.tags() != null) {
            claim.tags = normalizedTags(patch.tags());
        }
        claim.updatedAt = Timestamps.now();
        audit.record(AuditAction.UPDATE, AuditedType.CLAIM, id, id, before, ClaimState.of(claim));
        // Flush now so that a concurrent change is caught as a stale version before we answer.
        Claim.flush();
        return get(id);
    }

    public void delete(UUID id, String ifMatch) {
        Claim claim = require(id);
        ETags.require(ifMatch, claim.version);
        audit.record(AuditAction.DELETE, AuditedType.CLAIM, id, id, ClaimState.of(claim), null);
        claim.delete();
        Claim.flush();
    }

    public AppearanceView addAppearance(UUID claimId, NewAppearance request) {
        Claim claim = require(claimId);
        Source source = sources.referenced(request.sourceId());
        return ClaimMapper.toView(appear(claim, source, sources.anchor(source, request.quote())));
    }

    @Transactional(SUPPORTS)
    public Page<ClaimSummary> list(ClaimFilter filter, int limit, String cursor) {
        boolean ranked = filter.q() != null && !filter.q().isBlank();
        SqlFilter where = new SqlFilter()
                .when(name(filter.status()), "c.status = :status", "status")
                .when(name(filter.verdict()), "c.verdict = :verdict", "verdict")
                .when(name(filter.attributionVerdict()), "c.attribution_verdict = :attributionVerdict", "attributionVerdict")
                .when(name(filter.kind()), "c.kind = :kind", "kind")
                .when(filter.speakerId(), "c.speaker_id = :speakerId", "speakerId")
                .when(filter.tag() == null ? null : filter.tag().strip().toLowerCase(Locale.ROOT),
                        "c.tags @> array[cast(:tag as text)]", "tag")
                .when(filter.sourceId(),
                        "exists (select 1 from appearance s where s.claim_id = c.id and s.source_id = :sourceId)", "sourceId");
        String select;
        if (ranked) {
            where.always("""
                    (c.search @@ query or exists (select 1 from appearance a where a.claim_id = c.id and a.search @@ query))""")
                    .parameter("q", filter.q());
            select = "select c.id, " + RANK + " as sort_key from claim c, websearch_to_tsquery('english', :q) query";
        } else {
            select = "select c.id, c.created_at as sort_key from claim c";
        }
        Keyset.Slice slice = Keyset.page(Claim.getEntityManager(), select, where,
                ranked ? Keyset.SortKey.RANK : Keyset.SortKey.TIMESTAMP, true, cursor, limit);
        return new Page<>(summaries(slice.ids()), slice.nextCursor());
    }

    /** Claims with their speakers and appearances in three statements, whatever the page size. */
    @Transactional(SUPPORTS)
    public List<ClaimSummary> summaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Claim> claims = Claim.list("select c from Claim c left join fetch c.speaker where c.id in ?1", ids);
        Map<UUID, List<Appearance>> appearances = Appearance.<Appearance> list(
                "select a from Appearance a join fetch a.source where a.claim.id in ?1 order by a.createdAt, a.id", ids)
                .stream()
                .collect(Collectors.groupingBy(appearance -> appearance.claim.id));
        return Keyset.inOrder(ids, claims, claim -> claim.id).stream()
                .map(claim -> ClaimMapper.toSummary(claim, appearances.getOrDefault(claim.id, List.of())))
                .toList();
    }

    @Transactional(SUPPORTS)
    public Page<SourceClaimView> listInSource(UUID sourceId, int limit, String cursor) {
        sources.require(sourceId);
        SqlFilter where = new SqlFilter().always("a.source_id = :sourceId").parameter("sourceId", sourceId);
        Keyset.Slice slice = Keyset.page(Claim.getEntityManager(),
                "select a.id, a.quote_start as sort_key from appearance a", where, Keyset.SortKey.POSITION, false, cursor,
                limit);
        List<Appearance> appearances = slice.ids().isEmpty() ? List.of()
                : Appearance.list("select a from Appearance a join fetch a.claim c left join fetch c.speaker where a.id in ?1",
                        slice.ids());
        return new Page<>(Keyset.inOrder(slice.ids(), appearances, appearance -> appearance.id).stream()
                .map(ClaimMapper::toSourceView).toList(), slice.nextCursor());
    }

    private Appearance appear(Claim claim, Source source, TextQuote quote) {
        long existing = Appearance.count("claim.id = ?1 and source.id = ?2 and quote.start = ?3 and quote.end = ?4",
                claim.id, source.id, quote.start(), quote.end());
        if (existing > 0) {
            throw Problems.conflict("The claim already appears in source " + source.id + " at this quote");
        }
        Appearance appearance = new Appearance();
        appearance.claim = claim;
        appearance.source = source;
        appearance.quote = QuoteColumns.of(quote);
        appearance.createdAt = Timestamps.now();
        appearance.persist();
        audit.record(AuditAction.CREATE, AuditedType.APPEARANCE, appearance.id, claim.id, null,
                ClaimMapper.toView(appearance));
        return appearance;
    }

    private Actor speaker(SpeakerInput input) {
        if (input == null) {
            return null;
        }
        return input.id() != null ? actors.referenced(input.id()) : actors.findOrCreate(input.name(), input.kind());
    }

    private static List<String> normalizedTags(List<String> tags) {
        if (tags == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(tags.stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
