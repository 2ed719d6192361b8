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
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.claimdesk.common.Keyset;
import io.claimdesk.common.Page;
import io.claimdesk.common.Problems;
import io.claimdesk.common.SqlFilter;
import io.claimdesk.common.StatementTimeout;
import io.claimdesk.common.Text;
import io.claimdesk.security.Caller;
import io.claimdesk.sources.SourceService;

/** Reads of claims: lists, search, the claims of a source and similar claims. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class ClaimQueries {

    /** Parses the web search syntax ("phrase", or, -word) once per statement. */
    private static final String QUERY = "websearch_to_tsquery('english', cast(:q as text))";

    /** Below this score a claim shares words, not an assertion. */
    private static final double SIMILARITY_FLOOR = 0.2;

    /** How many of a claim's rarest words a similar claim must share when it does not share them all. */
    private static final int RARE_WORDS = 3;

    /**
     * The claim's rarest words AND-ed as a tsquery (null when it has none): rarest by the share of claims holding
     * each, from the planner's statistics of the search column, where words missing are rarer than any listed.
     */
    private static final String RAREST_WORDS = """
            with frequency as (
                select e.lexeme, e.share from pg_stats s,
                    unnest(cast(cast(s.most_common_elems as text) as text[]), s.most_common_elem_freqs) e(lexeme, share)
                where s.schemaname = current_schema() and s.tablename = 'claim' and s.attname = 'search'),
            word as (
                select l.lexeme, coalesce(f.share, 0) as share
                from unnest(to_tsvector('english', cast(:text as text))) l left join frequency f on f.lexeme = l.lexeme)
            select string_agg('''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || '''', ' & ')
            from (select lexeme from word order by share, lexeme limit :words) rarest""";

    /** The claim appears in a source the compared claim does not appear in. */
    private static final String IN_OTHER_SOURCE = """
            exists (select 1 from appearance a where a.claim_id = c.id and a.source_id not in
                    (select o.source_id from appearance o where o.claim_id = :id))""";

    private static final String APPEARANCES = "select a from Appearance a join fetch a.source left join fetch a.speaker"
            + " where a.claim.id %s order by a.createdAt, a.id";

    @Inject
    SourceService sources;

    @Inject
    Caller caller;

    @Inject
    SearchConfig config;

    public Page<ClaimSummary> list(ClaimFilter filter, int limit, String cursor) {
        boolean ranked = !Text.isBlank(filter.q());
        // Status, verdicts and assignee are in claim_progress, whose indexes list them newest first on their own.
        boolean byProgress = filter.status() != null || filter.verdict() != null || filter.attributionVerdict() != null
                || filter.assignee() != null;
        boolean byClaim = filter.kind() != null || filter.speakerId() != null || filter.tag() != null
                || filter.sourceId() != null;
        SqlFilter where = new SqlFilter()
                .when(name(filter.status()), "p.status = :status", "status")
                .when(name(filter.verdict()), "p.verdict = :verdict", "verdict")
                .when(name(filter.attributionVerdict()), "p.attribution_verdict = :attributionVerdict", "attributionVerdict")
                .when(name(filter.kind()), "c.kind = :kind", "kind")
                .when(filter.speakerId(), "c.speaker_id = :speakerId", "speakerId")
                .when(filter.tag() == null ? null : filter.tag().strip().toLowerCase(Locale.ROOT),
                        "c.tags @> array[cast(:tag as text)]", "tag")
                .when(filter.sourceId(),
                        "exists (select 1 from appearance s where s.claim_id = c.id and s.source_id = :sourceId)", "sourceId");
        if (ClaimFilter.NOBODY.equals(filter.assignee())) {
            where.always("p.assignee is null");
        } else if (filter.assignee() != null) {
            String assignee = ClaimFilter.ME.equals(filter.assignee()) ? caller.requireName("assignee=me")
                    : filter.assignee().strip();
            where.when(assignee, "p.assignee = :assignee", "assignee");
        }
        Keyset.Slice slice;
        if (ranked) {
            where.always("c.search @@ " + QUERY).parameter("q", filter.q()).parameter("candidates", config.rankedCandidates());
            // Ranking reads each match's document, so only a bounded set of matches is ranked: the newest ones,
            // the same on every page, so that cursors keep their place.
            String select = "select id, ts_rank(search, " + QUERY + ") as sort_key from (select c.id, c.search from claim c"
                    + (byProgress ? " join claim_progress p on p.claim_id = c.id" : "") + where.where()
                    + " order by c.created_at desc, c.id desc limit :candidates) candidate";
            slice = Keyset.pageOf(Claim.getEntityManager(), select, where, Keyset.SortKey.RANK, true, cursor, limit,
                    config.timeout());
        } else {
            String select = !byProgress ? "select c.id, c.created_at as sort_key from claim c"
                    : "select p.claim_id as id, p.created_at as sort_key from claim_progress p"
                            + (byClaim ? " join claim c on c.id = p.claim_id" : "");
            slice = Keyset.page(Claim.getEntityManager(), select, where, Keyset.SortKey.TIMESTAMP, true, cursor, limit);
        }
        return new Page<>(summaries(slice.ids()), slice.nextCursor());
    }

    /** Where the claim appears, oldest first, with sources and speakers in one statement. */
    public List<AppearanceView> appearances(UUID claimId) {
        // A single value, not a list of one: Hibernate translates a query with a list parameter again on every run.
        List<Appearance> appearances = Appearance.list(APPEARANCES.formatted("= ?1"), claimId);
        return appearances.stream().map(ClaimMapper::toView).toList();
    }

    /** The claims' appearances, oldest first, with their sources and speakers. */
    private static List<Appearance> appearancesOf(List<UUID> claimIds) {
        return Appearance.list(APPEARANCES.formatted("in ?1"), claimIds);
    }

    /** Claims with their speakers and appearances in three statements, whatever the page size. */
    public List<ClaimSummary> summaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Claim> claims = Claim.list(
                "select c from Claim c join fetch c.progress left join fetch c.speaker where c.id in ?1", ids);
        Map<UUID, List<Appearance>> appearances = appearancesOf(ids).stream()
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
                : Appearance.list("select a from Appearance a join fetch a.claim c join fetch c.progress"
                        + " left join fetch c.speaker left join fetch a.speaker where a.id in ?1",
                        slice.ids());
        return new Page<>(Keyset.inOrder(slice.ids(), appearances, appearance -> appearance.id).stream()
                .map(ClaimMapper::toSourceView).toList(), slice.nextCursor());
    }

    /**
     * Claims that likely state the same thing: first those quoting overlapping text of a source this claim
     * appears in, then claims from other sources by text trigram similarity blended with full-text overlap, best
     * first. Claims from other sources are taken among those holding all of this claim's words or its rarest few:
     * a bounded number of each, found through the search index, so the cost does not grow with the archive.
     */
    public List<SimilarClaim> similar(UUID id, int limit) {
        Claim claim = Claim.<Claim> findByIdOptional(id).orElseThrow(() -> Problems.notFound("Claim", id));
        EntityManager em = Claim.getEntityManager();
        Object rarestWords = StatementTimeout.apply(em.createNativeQuery(RAREST_WORDS), config.timeout())
                .setParameter("text", claim.text)
                .setParameter("words", RARE_WORDS)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = StatementTimeout.apply(em.createNativeQuery("""
                with overlapping as (
                    select a.claim_id as id from appearance o
                    join appearance a on a.source_id = o.source_id
                                     and a.quote_start < o.quote_end and a.quote_end > o.quote_start
                    where o.claim_id = :id and a.claim_id <> :id),
                elsewhere as (
                    (select c.id from claim c
                     where c.id <> :id and c.search @@ plainto_tsquery('english', cast(:text as text)) and %1$s
                     limit :candidates)
                    union
                    (select c.id from claim c
                     where c.id <> :id and c.search @@ cast(cast(:rarest as text) as tsquery) and %1$s
                     limit :candidates)),
                candidate as (
                    select c.id,
                           0.6 * similarity(c.text, :text) + 0.4 * least(1, 10 * ts_rank(c.search, any_word)) as score,
                           c.id in (select id from overlapping) as overlapping
                    from claim c, to_tsquery('simple',
                             replace(cast(plainto_tsquery('english', cast(:text as text)) as text), '&', '|')) any_word
                    where c.id in (select id from overlapping union select id from elsewhere))
                select id, score, overlapping from candidate
                where overlapping or score >= :floor
                order by overlapping desc, score desc, id
                limit :limit""".formatted(IN_OTHER_SOURCE)), config.timeout())
                .setParameter("id", id)
                .setParameter("text", claim.text)
                .setParameter("rarest", rarestWords)
                .setParameter("candidates", config.similarCandidates())
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
