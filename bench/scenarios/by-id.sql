-- GET /api/v1/claims/{id}: the claim, its appearances, latest review (with its correction and approvals, when it
-- has one), evidence and current publication.
-- pgbench replay of the statements the service runs for one request; see bench/README.md.
-- Ids as bench_data.uid (bench/load/1-prepare.sql) builds them; the page's ids pass from one statement to the next
-- as an array, as the service passes them.
\set n random(1, :claims)
\set h 10000000 + (:n * 2654435761) % 90000000
\set t 100000000000 + :n
\set has_review 0
select c.id as claim_id, c.text as claim_text, c.kind as claim_kind, cs.id as claim_speaker_id, cs.name as claim_speaker_name, cs.kind as claim_speaker_kind, p.status as claim_status, p.verdict as claim_verdict, p.attribution_verdict as claim_attribution_verdict, c.tags as claim_tags, c.origin as claim_origin, c.confidence as claim_confidence, cast(c.figures as text) as claim_figures, c.created_at as claim_created_at, p.updated_at as claim_updated_at, p.assignee as claim_assignee, p.version as claim_version from claim c join claim_progress p on p.claim_id = c.id left join actor cs on cs.id = c.speaker_id where c.id = cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid);
select a.id as appearance_id, a.claim_id as appearance_claim_id, s.id as source_id, s.title as source_title, s.url as source_url, s.publisher as source_publisher, a.quote_exact as quote_exact, a.quote_prefix as quote_prefix, a.quote_suffix as quote_suffix, a.quote_start as quote_start, a.quote_end as quote_end, aps.id as appearance_speaker_id, aps.name as appearance_speaker_name, aps.kind as appearance_speaker_kind, a.attribution_cue as attribution_cue, a.attribution_mode as attribution_mode, a.created_at as appearance_created_at from appearance a join source s on s.id = a.source_id left join actor aps on aps.id = a.attribution_speaker_id where a.claim_id = cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) order by a.created_at, a.id;
select r.id as review_id, r.verdict, r.attribution, r.rationale, r.reviewer, r.supersedes_id, r.correction_reason, r.created_at, 1 as has_review from review r where r.claim_id = cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) order by r.created_at desc, r.id desc limit 1 \aset
\if :has_review = 1
select r.id from review r where r.supersedes_id = cast(:review_id as uuid);
select a.id, a.approver, a.approved_at from review_approval a where a.review_id = cast(:review_id as uuid) order by a.approved_at, a.id;
\endif
select e.id, s.id, s.title, s.url, s.publisher, e.quote_exact, e.quote_prefix, e.quote_suffix, e.quote_start, e.quote_end, e.url, e.title, e.stance, e.note, e.added_by, e.created_at from evidence e left join source s on s.id = e.source_id where e.claim_id = cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) order by e.created_at, e.id;
select p.id, p.version, p.url, p.review_id, p.verdict, p.attribution, p.rationale, p.published_at, p.published_by, p.first_published_at from publication p where p.claim_id = cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) and p.superseded_at is null and p.retracted_at is null;
