package io.claimdesk.claims;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
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
import io.claimdesk.common.Text;
import io.claimdesk.evidence.EvidenceService;
import io.claimdesk.publishing.PublicationService;
import io.claimdesk.reviews.ReviewService;
import io.claimdesk.reviews.ReviewView;
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

    /** Below this score a claim shares words, not an assertion. */
    private static final double SIMILARITY_FLOOR = 0.2;

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

    /** Records a claim; one whose quote overlaps a claim already anchored in the source is a 409 unless allowed. */
    public ClaimDetail create(NewClaim request, boolean allowOverlap) {
        Source source = request.sourceId() == null ? null : sources.referenced(request.sourceId());
        TextQuote quote = source == null ? null : sources.anchor(source, request.quote());
        if (quote != null && !allowOverlap) {
            // Claims entered in one source at once queue on its row, so that two overlapping ones cannot both pass.
            Source.getEntityManager().lock(source, LockModeType.PESSIMISTIC_WRITE);
            refuseOverlap(source, quote);
        }

        Claim claim = new Claim();
        claim.text = Text.isBlank(request.text()) ? quote.exact() : request.text().strip();
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
            appear(claim, source, quote, request.attribution(), claim.speaker);
        }
        return get(claim.id);
    }

    private static void refuseOverlap(Source source, TextQuote quote) {
        Appearance.<Appearance> find("source.id = ?1 and quote.start < ?2 and quote.end > ?3 order by quote.start, id",
                source.id, quote.end(), quote.start())
                .firstResultOptional()
                .ifPresent(existing -> {
                    throw Problems.duplicate("Claim " + existing.claim.id + " already quotes characters "
                            + existing.quote.start + "-" + existing.quote.end + " of source " + source.id
                            + ", overlapping this quote (" + quote.start() + "-" + quote.end()
                            + "); review that claim, or record this one anyway with allowOverlap=true",
                            URI.create("/api/v1/claims/" + existing.claim.id), existing.claim.id);
                });
    }

    @Transactional(SUPPORTS)
    public ClaimDetail get(UUID id) {
        Claim claim = require(id);
        List<Appearance> appearances = Appearance.list(
                "select a from Appearance a join fetch a.source left join fetch a.speaker where a.claim.id = ?1"
                        + " order by a.createdAt, a.id", id);
        ReviewView latest = reviews.latest(id).orElse(null);
        return ClaimMapper.toDetail(claim, appearances, latest, evidence.forClaim(id),
                publications.current(id, latest == null ? null : latest.id()).orElse(null));
    }

    /** The claim a path names, with its speaker: 404 when there is none. */
    @Transactional(SUPPORTS)
    public Claim require(UUID id) {
        return Claim.<Claim> find("select c from Claim c left join fetch c.speaker where c.id = ?1", id)
                .firstResultOptional()
                .orElseThrow(() -> Problems.notFound("Claim", id));
    }

    /**
     * The claim, locked until the transaction ends: simultaneous writers that each append to it (reviews) then
     * update it queue on the row instead of failing on its version.
     */
    public Claim requireLocked(UUID id) {
        Claim claim = Claim.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw Problems.notFound("Claim", id);
        }
        return claim;
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
            Actor previous = claim.speaker;
            claim.speaker = speaker(patch.speaker());
            // Appearances that only repeated the old speaker follow; ones naming someone else keep what their source said.
            for (Appearance appearance : Appearance.<Appearance> list("claim.id = ?1", id)) {
                if (sameActor(appearance.speaker, previous)) {
                    appearance.speaker = claim.speaker;
                }
            }
        }
        if (patch.status() != null) {
            claim.status = patch.status();
        }
        if (patch.tags() != null) {
            claim.tags = normalizedTags(patch.tags());
        }
        ClaimState after = ClaimState.of(claim);
        if (after.equals(before)) {
            // Nothing changed: the version stays, so nobody else's ETag goes stale, and there is nothing to audit.
            return get(id);
        }
        claim.updatedAt = Timestamps.now();
        audit.record(AuditAction.UPDATE, AuditedType.CLAIM, id, id, before, after);
        // Flush now so that a concurrent change is caught as a stale version before we answer.
        Claim.flush();
        return get(id);
    }

    /**
     * Gives the claim to someone to work on. Editors assign anyone; a reviewer may only take an unassigned claim
     * for themselves.
     */
    public ClaimDetail assign(UUID id, String ifMatch, String assignee) {
        Claim claim = require(id);
        ETags.require(ifMatch, claim.version);
        String name = assignee.strip();
        if (!caller.has(Roles.EDITOR)) {
            String me = caller.name();
            if (!name.equals(me)) {
                caller.require(Roles.EDITOR, "Assigning a claim to someone else");
            }
            if (claim.assignee != null && !claim.assignee.equals(me)) {
                throw Problems.conflict("Claim " + id + " is assigned to " + claim.assignee
                        + "; only an editor can reassign it");
            }
        }
        return reassign(claim, name);
    }

    /** Leaves the claim to nobody: its assignee giving it back, or an editor. */
    public ClaimDetail unassign(UUID id, String ifMatch) {
        Claim claim = require(id);
        ETags.require(ifMatch, claim.version);
        if (claim.assignee != null && !claim.assignee.equals(caller.name())) {
            caller.require(Roles.EDITOR, "Unassigning a claim assigned to someone else");
        }
        return reassign(claim, null);
    }

    private ClaimDetail reassign(Claim claim, String assignee) {
        if (Objects.equals(claim.assignee, assignee)) {
            // Nothing changes: the version stays and there is nothing to audit.
            return get(claim.id);
        }
        ClaimState before = ClaimState.of(claim);
        claim.assignee = assignee;
        claim.updatedAt = Timestamps.now();
        audit.record(AuditAction.UPDATE, AuditedType.CLAIM, claim.id, claim.id, before, ClaimState.of(claim));
        Claim.flush();
        return get(claim.id);
    }

    public void delete(UUID id, String ifMatch) {
        Claim claim = require(id);
        ETags.require(ifMatch, claim.version);
        if (publications.isPublished(id)) {
            // Consumers of the feed learn of a takedown only from a retraction.
            throw Problems.conflict("Claim " + id + " is published; retract it before deleting it");
        }
        audit.record(AuditAction.DELETE, AuditedType.CLAIM, id, id, ClaimState.of(claim), null);
        claim.delete();
        Claim.flush();
    }

    public AppearanceView addAppearance(UUID claimId, NewAppearance request) {
        Claim claim = require(claimId);
        Source source = sources.referenced(request.sourceId());
        Actor speaker = request.speaker() == null ? claim.speaker : speaker(request.speaker());
        return ClaimMapper.toView(appear(claim, source, sources.anchor(source, request.quote()), request.attribution(), speaker));
    }

    @Transactional(SUPPORTS)
    public Page<ClaimSummary> list(ClaimFilter filter, int limit, String cursor) {
        boolean ranked = !Text.isBlank(filter.q());
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
        if (ClaimFilter.NOBODY.equals(filter.assignee())) {
            where.always("c.assignee is null");
        } else if (filter.assignee() != null) {
            String assignee = ClaimFilter.ME.equals(filter.assignee()) ? caller.requireName("assignee=me")
                    : filter.assignee().strip();
            where.when(assignee, "c.assignee = :assignee", "assignee");
        }
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
                "select a from Appearance a join fetch a.source left join fetch a.speaker where a.claim.id in ?1"
                        + " order by a.createdAt, a.id", ids)
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
                : Appearance.list("select a from Appearance a join fetch a.claim c left join fetch c.speaker"
                        + " left join fetch a.speaker where a.id in ?1",
                        slice.ids());
        return new Page<>(Keyset.inOrder(slice.ids(), appearances, appearance -> appearance.id).stream()
                .map(ClaimMapper::toSourceView).toList(), slice.nextCursor());
    }

    /**
     * Claims that likely state the same thing: first those quoting overlapping text of a source this claim
     * appears in, then claims from other sources by text trigram similarity blended with full-text overlap
     * (any of the claim's words), best first.
     */
    @Transactional(SUPPORTS)
    public List<SimilarClaim> similar(UUID id, int limit) {
        Claim claim = require(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Claim.getEntityManager().createNativeQuery("""
                with query as (
                    select to_tsquery('simple', replace(cast(plainto_tsquery('english', :text) as text), '&', '|')) q),
                overlapping as (
                    select a.claim_id as id from appearance o
                    join appearance a on a.source_id = o.source_id
                                     and a.quote_start < o.quote_end and a.quote_end > o.quote_start
                    where o.claim_id = :id and a.claim_id <> :id),
                elsewhere as (
                    select c.id from claim c, query
                    where c.id <> :id and (c.search @@ query.q or c.text % :text)
                      and exists (select 1 from appearance a where a.claim_id = c.id and a.source_id not in
                                  (select o.source_id from appearance o where o.claim_id = :id))),
                candidate as (
                    select c.id,
                           0.6 * similarity(c.text, :text) + 0.4 * least(1, 10 * ts_rank(c.search, query.q)) as score,
                           c.id in (select id from overlapping) as overlapping
                    from claim c, query
                    where c.id in (select id from overlapping union select id from elsewhere))
                select id, score, overlapping from candidate
                where overlapping or score >= :floor
                order by overlapping desc, score desc, id
                limit :limit""")
                .setParameter("id", id)
                .setParameter("text", claim.text)
                .setParameter("floor", SIMILARITY_FLOOR)
                .setParameter("limit", limit)
                .getResultList();
        List<ClaimSummary> summaries = summaries(rows.stream().map(row -> (UUID) row[0]).toList());
        List<SimilarClaim> similar = new ArrayList<>();
        for (int i = 0; i < summaries.size(); i++) {
            Object[] row = rows.get(i);
            similar.add(new SimilarClaim(summaries.get(i), Math.round(((Number) row[1]).doubleValue() * 1000) / 1000.0,
                    (Boolean) row[2]));
        }
        return similar;
    }

    /** Folds another claim into this one as extra appearances; a reviewed claim keeps its own identity. */
    public ClaimDetail fold(UUID id, UUID otherId) {
        if (id.equals(otherId)) {
            throw Problems.badRequest("A claim cannot be folded into itself");
        }
        Claim claim = require(id);
        Claim other = Claim.<Claim> findByIdOptional(otherId)
                .orElseThrow(() -> Problems.unprocessable("Claim " + otherId + " does not exist"));
        if (reviews.latest(otherId).isPresent()) {
            throw Problems.conflict("Claim " + otherId + " has reviews; dismiss it instead of folding it in");
        }
        ClaimState before = ClaimState.of(claim);
        for (Appearance appearance : Appearance.<Appearance> list("claim.id = ?1", otherId)) {
            boolean duplicate = Appearance.count("claim.id = ?1 and source.id = ?2 and quote.start = ?3 and quote.end = ?4",
                    id, appearance.source.id, appearance.quote.start, appearance.quote.end) > 0;
            if (duplicate) {
                appearance.delete();
            } else {
                AppearanceView moved = ClaimMapper.toView(appearance);
                appearance.claim = claim;
                audit.record(AuditAction.UPDATE, AuditedType.APPEARANCE, appearance.id, id, moved, moved);
            }
        }
        evidence.move(other, claim);
        audit.record(AuditAction.DELETE, AuditedType.CLAIM, otherId, otherId, ClaimState.of(other), null);
        other.delete();
        claim.updatedAt = Timestamps.now();
        Claim.flush();
        audit.record(AuditAction.UPDATE, AuditedType.CLAIM, id, id, before, ClaimState.of(claim));
        return get(id);
    }

    /** Records a claim that extraction found, with where it appears and how it is attributed there. */
    public Claim recordExtracted(ExtractedClaimRecord found) {
        Claim claim = new Claim();
        claim.text = found.text();
        claim.kind = found.kind();
        claim.speaker = found.speaker();
        claim.status = ClaimStatus.NEW;
        claim.origin = ClaimOrigin.EXTRACTED;
        claim.confidence = found.confidence();
        claim.figures = new ArrayList<>(found.figures());
        claim.createdAt = Timestamps.now();
        claim.updatedAt = claim.createdAt;
        claim.persist();
        audit.record(AuditAction.CREATE, AuditedType.CLAIM, claim.id, claim.id, null, ClaimState.of(claim));
        appear(claim, found.source(), found.quote(), found.attribution(), claim.speaker);
        return claim;
    }

    /** Attributes every claim of one actor to another, as when two actors turn out to be one. */
    public void reattribute(Actor from, Actor to) {
        for (Claim claim : Claim.<Claim> list("speaker", from)) {
            ClaimState before = ClaimState.of(claim);
            claim.speaker = to;
            claim.updatedAt = Timestamps.now();
            audit.record(AuditAction.UPDATE, AuditedType.CLAIM, claim.id, claim.id, before, ClaimState.of(claim));
        }
        for (Appearance appearance : Appearance.<Appearance> list("speaker", from)) {
            AppearanceView before = ClaimMapper.toView(appearance);
            appearance.speaker = to;
            audit.record(AuditAction.UPDATE, AuditedType.APPEARANCE, appearance.id, appearance.claim.id, before,
                    ClaimMapper.toView(appearance));
        }
        Claim.flush();
    }

    /** Whether any claim already appears at exactly this span of the source. */
    @Transactional(SUPPORTS)
    public boolean anyAppearsAt(Source source, TextQuote quote) {
        return Appearance.count("source.id = ?1 and quote.start = ?2 and quote.end = ?3", source.id, quote.start(),
                quote.end()) > 0;
    }

    private Appearance appear(Claim claim, Source source, TextQuote quote, Attribution attribution, Actor speaker) {
        long existing = Appearance.count("claim.id = ?1 and source.id = ?2 and quote.start = ?3 and quote.end = ?4",
                claim.id, source.id, quote.start(), quote.end());
        if (existing > 0) {
            throw Problems.conflict("The claim already appears in source " + source.id + " at this quote");
        }
        Appearance appearance = new Appearance();
        appearance.claim = claim;
        appearance.source = source;
        appearance.quote = QuoteColumns.of(quote);
        appearance.speaker = speaker;
        appearance.cue = attribution == null ? null : Text.strippedOrNull(attribution.cue());
        appearance.mode = attribution != null && attribution.mode() != null ? attribution.mode()
                : claim.kind == ClaimKind.QUOTE ? AttributionMode.DIRECT : AttributionMode.INDIRECT;
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

    private static boolean sameActor(Actor one, Actor other) {
        return one == null ? other == null : other != null && one.id.equals(other.id);
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
