-- GET /api/v1/sources/{id}/claims?limit=50: the source, a page of its appearances in text order, then those
-- appearances with their claims and speakers.
-- pgbench replay of the statements the service runs for one request; see bench/README.md.
-- Ids as bench_data.uid (bench/load/1-prepare.sql) builds them; the page's ids pass from one statement to the next
-- as an array, as the service passes them.
\set n random(1, :sources)
\set h 10000000 + (:n * 2654435761) % 90000000
\set t 100000000000 + :n
select s1_0.id,s1_0.authors,s1_0.content_hash,s1_0.created_at,s1_0.language,s1_0.published_at,s1_0.publisher,s1_0.title,s1_0.url from source s1_0 where s1_0.id=cast(cast(:h as text) || '-0002-4000-8000-' || cast(:t as text) as uuid);
select coalesce((array_agg(id))[1:50], '{}') as ids from (
select id, cast(sort_key as text) as cursor_key from (select a.id, a.quote_start as sort_key from appearance a where a.source_id = cast(cast(:h as text) || '-0002-4000-8000-' || cast(:t as text) as uuid)) page order by sort_key asc, id asc limit 51
) slice \gset
select a.id as appearance_id, a.claim_id as appearance_claim_id, s.id as source_id, s.title as source_title, s.url as source_url, s.publisher as source_publisher, a.quote_exact as quote_exact, a.quote_prefix as quote_prefix, a.quote_suffix as quote_suffix, a.quote_start as quote_start, a.quote_end as quote_end, aps.id as appearance_speaker_id, aps.name as appearance_speaker_name, aps.kind as appearance_speaker_kind, a.attribution_cue as attribution_cue, a.attribution_mode as attribution_mode, a.created_at as appearance_created_at, c.id as claim_id, c.text as claim_text, c.kind as claim_kind, cs.id as claim_speaker_id, cs.name as claim_speaker_name, cs.kind as claim_speaker_kind, p.status as claim_status, p.verdict as claim_verdict, p.attribution_verdict as claim_attribution_verdict, c.tags as claim_tags, c.origin as claim_origin, c.confidence as claim_confidence, cast(c.figures as text) as claim_figures, c.created_at as claim_created_at, p.updated_at as claim_updated_at, p.assignee as claim_assignee from appearance a join source s on s.id = a.source_id left join actor aps on aps.id = a.attribution_speaker_id join claim c on c.id = a.claim_id join claim_progress p on p.claim_id = c.id left join actor cs on cs.id = c.speaker_id where a.id = any(cast(:ids as uuid[]));
