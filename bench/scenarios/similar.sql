-- GET /api/v1/claims/{id}/similar: the claim, its rarest words, the similar claims ranked (ClaimQueries.similar),
-- their summaries.
-- pgbench replay of the statements the service runs for one request; see bench/README.md.
-- Ids as bench_data.uid (bench/load/1-prepare.sql) builds them.
\set n random(1, :claims)
\set h 10000000 + (:n * 2654435761) % 90000000
\set t 100000000000 + :n
select c1_0.id,c1_0.confidence,c1_0.created_at,c1_0.figures,c1_0.kind,c1_0.origin,p1_0.claim_id,p1_0.assignee,p1_0.attribution_verdict,p1_0.created_at,p1_0.status,p1_0.updated_at,p1_0.verdict,p1_0.version,c1_0.speaker_id,c1_0.tags,c1_0.text as claim_text from claim c1_0 join claim_progress p1_0 on c1_0.id=p1_0.claim_id where c1_0.id=cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) \gset
with frequency as (
    select e.lexeme, e.share from pg_stats s,
        unnest(cast(cast(s.most_common_elems as text) as text[]), s.most_common_elem_freqs) e(lexeme, share)
    where s.schemaname = current_schema() and s.tablename = 'claim' and s.attname = 'search'),
word as (
    select l.lexeme, coalesce(f.share, 0) as share
    from unnest(to_tsvector('english', cast(:claim_text as text))) l left join frequency f on f.lexeme = l.lexeme)
select string_agg('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''', ' & ') as rarest
from (select lexeme from word order by share, lexeme limit 3) rarest \gset
select coalesce(array_agg(id), '{}') as ids from (
with overlapping as (
    select a.claim_id as id from appearance o
    join appearance a on a.source_id = o.source_id
                     and a.quote_start < o.quote_end and a.quote_end > o.quote_start
    where o.claim_id = cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) and a.claim_id <> cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid)),
elsewhere as (
    (select c.id from claim c
     where c.id <> cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) and c.search @@ plainto_tsquery('english', cast(:claim_text as text)) and exists (select 1 from appearance a where a.claim_id = c.id and a.source_id not in
        (select o.source_id from appearance o where o.claim_id = cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid)))
     limit :similar_candidates)
    union
    (select c.id from claim c
     where c.id <> cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) and c.search @@ cast(cast(:rarest as text) as tsquery) and exists (select 1 from appearance a where a.claim_id = c.id and a.source_id not in
        (select o.source_id from appearance o where o.claim_id = cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid)))
     limit :similar_candidates)),
candidate as (
    select c.id,
           0.6 * similarity(c.text, :claim_text) + 0.4 * least(1, 10 * ts_rank(c.search, any_word)) as score,
           c.id in (select id from overlapping) as overlapping
    from claim c, to_tsquery('simple',
             replace(cast(plainto_tsquery('english', cast(:claim_text as text)) as text), '&', '|')) any_word
    where c.id in (select id from overlapping union select id from elsewhere))
select id, score, overlapping from candidate
where overlapping or score >= 0.2
order by overlapping desc, score desc, id
limit 10
) found \gset
-- The similar claims with their speakers, then their appearances (ClaimQueries.summaries).
select c.id as claim_id, c.text as claim_text, c.kind as claim_kind, cs.id as claim_speaker_id, cs.name as claim_speaker_name, cs.kind as claim_speaker_kind, p.status as claim_status, p.verdict as claim_verdict, p.attribution_verdict as claim_attribution_verdict, c.tags as claim_tags, c.origin as claim_origin, c.confidence as claim_confidence, cast(c.figures as text) as claim_figures, c.created_at as claim_created_at, p.updated_at as claim_updated_at, p.assignee as claim_assignee from claim c join claim_progress p on p.claim_id = c.id left join actor cs on cs.id = c.speaker_id where c.id = any(cast(:ids as uuid[]));
select a.id as appearance_id, a.claim_id as appearance_claim_id, s.id as source_id, s.title as source_title, s.url as source_url, s.publisher as source_publisher, a.quote_exact as quote_exact, a.quote_prefix as quote_prefix, a.quote_suffix as quote_suffix, a.quote_start as quote_start, a.quote_end as quote_end, aps.id as appearance_speaker_id, aps.name as appearance_speaker_name, aps.kind as appearance_speaker_kind, a.attribution_cue as attribution_cue, a.attribution_mode as attribution_mode, a.created_at as appearance_created_at from appearance a join source s on s.id = a.source_id left join actor aps on aps.id = a.attribution_speaker_id where a.claim_id = any(cast(:ids as uuid[])) order by a.created_at, a.id;
