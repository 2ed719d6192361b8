-- GET /api/v1/claims?q=...&limit=50: full-text search: the newest matches
-- (claimdesk.search.ranked-candidates, 1000 by default; those of the archive's last two
-- calendar months when they hold enough)
-- ranked by relevance (phrase query).
-- pgbench replay of the statements the service runs for one request; see bench/README.md.
-- Ids as bench_data.uid (bench/load/1-prepare.sql) builds them; the page's ids pass from one statement to the next
-- as an array, as the service passes them.
begin;
set local plan_cache_mode = force_custom_plan;
select coalesce((array_agg(id))[1:50], '{}') as ids from (
select id, cast(sort_key as text) as cursor_key from (with recent as materialized (select c.id, c.search from claim c where c.search @@ websearch_to_tsquery('english', cast(:q_phrase as text)) and date_trunc('month', c.created_at at time zone 'UTC') >= date_trunc('month', (select max(created_at) from claim) at time zone 'UTC') - interval '1 month' order by c.created_at desc, c.id desc limit :ranked_candidates) select id, ts_rank(search, websearch_to_tsquery('english', cast(:q_phrase as text))) as sort_key from (select id, search from recent where (select count(*) from recent) = :ranked_candidates union all select id, search from (select c.id, c.search from claim c where c.search @@ websearch_to_tsquery('english', cast(:q_phrase as text)) order by c.created_at desc, c.id desc limit :ranked_candidates) every_match where (select count(*) from recent) < :ranked_candidates) candidate) page order by sort_key desc, id desc limit 51
) slice \gset
commit;
-- The page's claims with their speakers, then their appearances (ClaimQueries.summaries).
select c.id as claim_id, c.text as claim_text, c.kind as claim_kind, cs.id as claim_speaker_id, cs.name as claim_speaker_name, cs.kind as claim_speaker_kind, p.status as claim_status, p.verdict as claim_verdict, p.attribution_verdict as claim_attribution_verdict, c.tags as claim_tags, c.origin as claim_origin, c.confidence as claim_confidence, cast(c.figures as text) as claim_figures, c.created_at as claim_created_at, p.updated_at as claim_updated_at, p.assignee as claim_assignee from claim c join claim_progress p on p.claim_id = c.id left join actor cs on cs.id = c.speaker_id where c.id = any(cast(:ids as uuid[]));
select a.id as appearance_id, a.claim_id as appearance_claim_id, s.id as source_id, s.title as source_title, s.url as source_url, s.publisher as source_publisher, a.quote_exact as quote_exact, a.quote_prefix as quote_prefix, a.quote_suffix as quote_suffix, a.quote_start as quote_start, a.quote_end as quote_end, aps.id as appearance_speaker_id, aps.name as appearance_speaker_name, aps.kind as appearance_speaker_kind, a.attribution_cue as attribution_cue, a.attribution_mode as attribution_mode, a.created_at as appearance_created_at from appearance a join source s on s.id = a.source_id left join actor aps on aps.id = a.attribution_speaker_id where a.claim_id = any(cast(:ids as uuid[])) order by a.created_at, a.id;
