package io.claimdesk.claims;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.claimdesk.common.Keyset;
import io.claimdesk.common.Page;
import io.claimdesk.common.Problems;
import io.claimdesk.common.SqlFilter;
import io.claimdesk.common.SqlRows;
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

    /** The calendar month of the newest claim. */
    private static final String NEWEST_MONTH = "date_trunc('month', (select max(created_at) from claim) at time zone 'UTC')";

    /**
     * Matches of the newest claim's calendar month and the one before. When they are enough, they are the newest
     * matches, found without reading older ones: a phrase of common words matches a few percent of all claims, too
     * many to read them all and too few for a walk through the newest claims to meet them soon. When they are not,
     * the search takes every match (the database skips that part of the statement otherwise). The month is the
     * second column of the search index (migration V9); named by equality, the index reads the two months' entries
     * only where they meet the words' entries, where a range of months read all of them (migration V10).
     */
    private static final String RECENT = " and date_trunc('month', c.created_at at time zone 'UTC')"
            + " = any(array[" + NEWEST_MONTH + ", " + NEWEST_MONTH + " - interval '1 month'])";

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

    @Inject
    SourceService sources;

    @Inject
    Caller caller;

    @Inject
    SearchConfig config;

    public ClaimPage list(ClaimFilter filter, int limit, String cursor) {
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
        if (ranked) {
            where.always("c.search @@ " + QUERY).parameter("q", filter.q()).parameter("candidates", config.rankedCandidates());
            // Ranking reads each match's document, so only a bounded set of matches is ranked: the newest ones,
            // the same on every page, so that cursors keep their place. The recent ones are ranked as they are read
            // and kept as (id, time, rank), narrow rows to sort and to count. One match more than the bound is
            // taken: when there is one, the bound cut the matches short, and that oldest match is left out (among
            // the recent ones found in one pass, among the others by the order their newest-first limit gives).
            String from = " from claim c" + (byProgress ? " join claim_progress p on p.claim_id = c.id" : "")
                    + where.where();
            String newest = " order by c.created_at desc, c.id desc limit :candidates + 1";
            String select = "with recent as materialized (select c.id, c.created_at, ts_rank(c.search, " + QUERY
                    + ") as sort_key" + from + RECENT + newest + ")"
                    + " select id, sort_key, true as cut_short from recent where (select count(*) from recent) > :candidates"
                    + " and (created_at, id) > (select created_at, id from recent order by created_at, id limit 1)"
                    + " union all select id, sort_key, cut_short from (select id, ts_rank(search, " + QUERY + ") as sort_key,"
                    + " count(*) over () > :candidates as cut_short,"
                    + " row_number() over (order by created_at desc, id desc) as newness"
                    + " from (select c.id, c.created_at, c.search" + from + newest + ") every_match) ranked"
                    + " where (select count(*) from recent) <= :candidates and newness <= :candidates";
            // Each search is planned for its own words: the best plan differs by word (a walk through the newest
            // claims for common ones, the index for rare ones), and a plan kept for other words can cost seconds.
            Keyset.Query search = new Keyset.Query(select, where, Keyset.SortKey.RANK, true)
                    .running(new Keyset.Run(config.timeout(), SqlRows.Planning.EACH_RUN))
                    .selectingCutShort();
            Keyset.Slice slice = Keyset.page(Claim.getEntityManager(), search, cursor, limit);
            return new ClaimPage(summaries(slice.ids()), slice.nextCursor(),
                    new SearchRanking(config.rankedCandidates(), slice.cutShort()));
        }
        String select = !byProgress ? "select c.id, c.created_at as sort_key from claim c"
                : "select p.claim_id as id, p.created_at as sort_key from claim_progress p"
                        + (byClaim ? " join claim c on c.id = p.claim_id" : "");
        Keyset.Slice slice = Keyset.page(Claim.getEntityManager(), select, where, Keyset.SortKey.TIMESTAMP, true, cursor,
                limit);
        return new ClaimPage(summaries(slice.ids()), slice.nextCursor(), null);
    }

    /** The claim a path names, with its assignee and version: 404 when there is none. */
    public ClaimSnapshot snapshot(UUID id) {
        List<ClaimSnapshot> found = SqlRows.list(Claim.getEntityManager(), "select " + ClaimRows.CLAIM_COLUMNS
                + ", p.version as claim_version from claim c" + ClaimRows.CLAIM_JOINS + " where c.id = :id", Map.of("id", id),
                null, row -> {
                    ClaimRows.ClaimRow claim = ClaimRows.claim(row, 1);
                    return new ClaimSnapshot(claim.fields(), claim.assignee(), row.getLong(ClaimRows.CLAIM_WIDTH + 1));
                });
        if (found.isEmpty()) {
            throw Problems.notFound("Claim", id);
        }
        return found.get(0);
    }

    /** Where the claim appears, oldest first, with sources and speakers in one statement. */
    public List<AppearanceView> appearances(UUID claimId) {
        return SqlRows.list(Claim.getEntityManager(), "select " + ClaimRows.APPEARANCE_COLUMNS + " from "
                + ClaimRows.APPEARANCE_TABLES + " where a.claim_id = :id order by a.created_at, a.id", Map.of("id", claimId),
                null, row -> ClaimRows.appearance(row, 1).view());
    }

    /** Claims with their speakers and appearances in two statements, whatever the page size. */
    public List<ClaimSummary> summaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // The ids go as one array: the statement is the same whatever the page size.
        Map<String, UUID[]> idArray = Map.of("ids", ids.toArray(UUID[]::new));
        List<ClaimRows.ClaimRow> claims = SqlRows.list(Claim.getEntityManager(), "select " + ClaimRows.CLAIM_COLUMNS
                + " from claim c" + ClaimRows.CLAIM_JOINS + " where c.id = any(:ids)", idArray, null,
                row -> ClaimRows.claim(row, 1));
        Map<UUID, List<AppearanceView>> appearances = new HashMap<>();
        for (ClaimRows.AppearanceRow appearance : SqlRows.list(Claim.getEntityManager(), "select "
                + ClaimRows.APPEARANCE_COLUMNS + " from " + ClaimRows.APPEARANCE_TABLES
                + " where a.claim_id = any(:ids) order by a.created_at, a.id", idArray, null,
                row -> ClaimRows.appearance(row, 1))) {
            appearances.computeIfAbsent(appearance.claimId(), claim -> new ArrayList<>()).add(appearance.view());
        }
        return Keyset.inOrder(ids, claims, claim -> claim.fields().id()).stream()
                .map(claim -> new ClaimSummary(claim.fields(), claim.assignee(),
                        List.copyOf(appearances.getOrDefault(claim.fields().id(), List.of()))))
                .toList();
    }

    public Page<SourceClaimView> listInSource(UUID sourceId, int limit, String cursor) {
        sources.require(sourceId);
        SqlFilter where = new SqlFilter().always("a.source_id = :sourceId").parameter("sourceId", sourceId);
        Keyset.Slice slice = Keyset.page(Claim.getEntityManager(),
                "select a.id, a.quote_start as sort_key from appearance a", where, Keyset.SortKey.POSITION, false, cursor,
                limit);
        if (slice.ids().isEmpty()) {
            return new Page<>(List.of(), slice.nextCursor());
        }
        List<SourceClaimView> views = SqlRows.list(Claim.getEntityManager(), "select " + ClaimRows.APPEARANCE_COLUMNS
                + ", " + ClaimRows.CLAIM_COLUMNS + " from " + ClaimRows.APPEARANCE_TABLES + " join claim c on c.id = a.claim_id"
                + ClaimRows.CLAIM_JOINS + " where a.id = any(:ids)", Map.of("ids", slice.ids().toArray(UUID[]::new)), null,
                row -> {
                    AppearanceView appearance = ClaimRows.appearance(row, 1).view();
                    return new SourceClaimView(ClaimRows.claim(row, ClaimRows.APPEARANCE_WIDTH + 1).fields(),
                            appearance.id(), appearance.quote(), appearance.attribution());
                });
        return new Page<>(Keyset.inOrder(slice.ids(), views, SourceClaimView::appearanceId), slice.nextCursor());
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
