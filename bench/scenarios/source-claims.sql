-- GET /api/v1/sources/{id}/claims?limit=50: the source, a page of its appearances in text order, then those
-- appearances with their claims and speakers.
-- pgbench replay of the statements the service runs for one request; see bench/README.md.
-- Ids as bench_data.uid (bench/load/1-prepare.sql) builds them; the page's ids pass from one statement to the next
-- as an array instead of Hibernate's padded IN list.
\set n random(1, :sources)
\set h 10000000 + (:n * 2654435761) % 90000000
\set t 100000000000 + :n
select s1_0.id,s1_0.authors,s1_0.content_hash,s1_0.created_at,s1_0.language,s1_0.published_at,s1_0.publisher,s1_0.title,s1_0.url from source s1_0 where s1_0.id=cast(cast(:h as text) || '-0002-4000-8000-' || cast(:t as text) as uuid);
select coalesce((array_agg(id))[1:50], '{}') as ids from (
select id, cast(sort_key as text) as cursor_key from (select a.id, a.quote_start as sort_key from appearance a where a.source_id = cast(cast(:h as text) || '-0002-4000-8000-' || cast(:t as text) as uuid)) page order by sort_key asc, id asc limit 51
) slice \gset
select a1_0.id,a1_0.claim_id,c1_0.id,c1_0.confidence,c1_0.created_at,c1_0.figures,c1_0.kind,c1_0.origin,p1_0.claim_id,p1_0.assignee,p1_0.attribution_verdict,p1_0.created_at,p1_0.status,p1_0.updated_at,p1_0.verdict,p1_0.version,s1_0.id,s1_0.created_at,s1_0.description,s1_0.kind,s1_0.name,s1_0.same_as,s1_0.updated_at,s1_0.version,c1_0.tags,c1_0.text,a1_0.created_at,a1_0.attribution_cue,a1_0.attribution_mode,a1_0.quote_end,a1_0.quote_exact,a1_0.quote_prefix,a1_0.quote_start,a1_0.quote_suffix,a1_0.source_id,s2_0.id,s2_0.created_at,s2_0.description,s2_0.kind,s2_0.name,s2_0.same_as,s2_0.updated_at,s2_0.version from appearance a1_0 join claim c1_0 on c1_0.id=a1_0.claim_id join claim_progress p1_0 on c1_0.id=p1_0.claim_id left join actor s1_0 on s1_0.id=c1_0.speaker_id left join actor s2_0 on s2_0.id=a1_0.attribution_speaker_id where a1_0.id = any(cast(:ids as uuid[]));
