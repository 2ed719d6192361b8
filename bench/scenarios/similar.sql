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
select c1_0.id,c1_0.confidence,c1_0.created_at,c1_0.figures,c1_0.kind,c1_0.origin,p1_0.claim_id,p1_0.assignee,p1_0.attribution_verdict,p1_0.created_at,p1_0.status,p1_0.updated_at,p1_0.verdict,p1_0.version,s1_0.id,s1_0.created_at,s1_0.description,s1_0.kind,s1_0.name,s1_0.same_as,s1_0.updated_at,s1_0.version,c1_0.tags,c1_0.text from claim c1_0 join claim_progress p1_0 on c1_0.id=p1_0.claim_id left join actor s1_0 on s1_0.id=c1_0.speaker_id where c1_0.id = any(cast(:ids as uuid[]));
select a1_0.id,a1_0.claim_id,a1_0.created_at,a1_0.attribution_cue,a1_0.attribution_mode,a1_0.quote_end,a1_0.quote_exact,a1_0.quote_prefix,a1_0.quote_start,a1_0.quote_suffix,a1_0.source_id,s1_0.id,s1_0.authors,s1_0.content_hash,s1_0.created_at,s1_0.language,s1_0.published_at,s1_0.publisher,s1_0.title,s1_0.url,s2_0.id,s2_0.created_at,s2_0.description,s2_0.kind,s2_0.name,s2_0.same_as,s2_0.updated_at,s2_0.version from appearance a1_0 join source s1_0 on s1_0.id=a1_0.source_id left join actor s2_0 on s2_0.id=a1_0.attribution_speaker_id where a1_0.claim_id = any(cast(:ids as uuid[])) order by a1_0.created_at,a1_0.id;
