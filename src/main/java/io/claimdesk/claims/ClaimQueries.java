package io.claimdesk.claims;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.claimdesk.common.Keyset;
import io.claimdesk.common.Page;
import io.claimdesk.common.Problems;
import io.claimdesk.common.SqlFilter;
import io.claimdesk.common.Text;
import io.claimdesk.security.Caller;
import io.claimdesk.sources.SourceService;

/** Reads of claims: lists, search, the claims of a source and similar claims. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class ClaimQueries {

    /** Relevance of a claim to a query: the best of its own text and its quotes. */
    private static final String RANK = """
            greatest(ts_rank(c.search, query), coalesce((select max(ts_rank(a.search, query)) from appearance a
                     where a.claim_id = c.id and a.search @@ query), 0))""";

    /** Below this score a claim shares words, not an assertion. */
    private static final double SIMILARITY_FLOOR = 0.2;

    @Inject
    SourceService sources;

    @Inject
    Caller caller;

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

    /** Where the claim appears, oldest first, with sources and speakers in one statement. */
    public List<AppearanceView> appearances(UUID claimId) {
        return Appearance.<Appearance> list(
                "select a from Appearance a join fetch a.source left join fetch a.speaker where a.claim.id = ?1"
                        + " order by a.createdAt, a.id", claimId)
                .stream().map(ClaimMapper::toView).toList();
    }

    /** Claims with their speakers and appearances in three statements, whatever the page size. */
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
    public List<SimilarClaim> similar(UUID id, int limit) {
        Claim claim = Claim.<Claim> findByIdOptional(id).orElseThrow(() -> Problems.notFound("Claim", id));
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

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
