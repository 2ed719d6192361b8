-- GET /api/v1/claims/{id}: the claim, its appearances, latest review (with its correction and approvals, when it
-- has one), evidence and current publication.
-- pgbench replay of the statements the service runs for one request; see bench/README.md.
-- Ids as bench_data.uid (bench/load/1-prepare.sql) builds them; the page's ids pass from one statement to the next
-- as an array instead of Hibernate's padded IN list.
\set n random(1, :claims)
\set h 10000000 + (:n * 2654435761) % 90000000
\set t 100000000000 + :n
\set has_review 0
select c1_0.id,c1_0.confidence,c1_0.created_at,c1_0.figures,c1_0.kind,c1_0.origin,p1_0.claim_id,p1_0.assignee,p1_0.attribution_verdict,p1_0.created_at,p1_0.status,p1_0.updated_at,p1_0.verdict,p1_0.version,s1_0.id,s1_0.created_at,s1_0.description,s1_0.kind,s1_0.name,s1_0.same_as,s1_0.updated_at,s1_0.version,c1_0.tags,c1_0.text from claim c1_0 join claim_progress p1_0 on c1_0.id=p1_0.claim_id left join actor s1_0 on s1_0.id=c1_0.speaker_id where c1_0.id=cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) fetch first 1 rows only;
select a1_0.id,a1_0.claim_id,a1_0.created_at,a1_0.attribution_cue,a1_0.attribution_mode,a1_0.quote_end,a1_0.quote_exact,a1_0.quote_prefix,a1_0.quote_start,a1_0.quote_suffix,a1_0.source_id,s1_0.id,s1_0.authors,s1_0.content_hash,s1_0.created_at,s1_0.language,s1_0.published_at,s1_0.publisher,s1_0.title,s1_0.url,s2_0.id,s2_0.created_at,s2_0.description,s2_0.kind,s2_0.name,s2_0.same_as,s2_0.updated_at,s2_0.version from appearance a1_0 join source s1_0 on s1_0.id=a1_0.source_id left join actor s2_0 on s2_0.id=a1_0.attribution_speaker_id where a1_0.claim_id=cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) order by a1_0.created_at,a1_0.id;
select r1_0.id as review_id,r1_0.attribution,r1_0.claim_id,r1_0.correction_reason,r1_0.created_at,r1_0.rationale,r1_0.reviewer,r1_0.supersedes_id,r1_0.verdict,1 as has_review from review r1_0 where r1_0.claim_id=cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) order by r1_0.created_at desc,r1_0.id desc fetch first 1 rows only \aset
\if :has_review = 1
select r1_0.id,r1_0.attribution,r1_0.claim_id,r1_0.correction_reason,r1_0.created_at,r1_0.rationale,r1_0.reviewer,r1_0.supersedes_id,r1_0.verdict from review r1_0 where r1_0.supersedes_id in (cast(:review_id as uuid));
select ra1_0.id,ra1_0.approved_at,ra1_0.approver,ra1_0.review_id from review_approval ra1_0 where ra1_0.review_id in (cast(:review_id as uuid)) order by ra1_0.approved_at,ra1_0.id;
\endif
select e1_0.id,e1_0.added_by,e1_0.claim_id,e1_0.created_at,e1_0.note,e1_0.quote_end,e1_0.quote_exact,e1_0.quote_prefix,e1_0.quote_start,e1_0.quote_suffix,s1_0.id,s1_0.authors,s1_0.content_hash,s1_0.created_at,s1_0.language,s1_0.published_at,s1_0.publisher,s1_0.title,s1_0.url,e1_0.stance,e1_0.title,e1_0.url from evidence e1_0 left join source s1_0 on s1_0.id=e1_0.source_id where e1_0.claim_id=cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) order by e1_0.created_at,e1_0.id;
select p1_0.id,p1_0.attribution,p1_0.changed_at,p1_0.claim_id,p1_0.claim_text,p1_0.first_published_at,p1_0.published_at,p1_0.published_by,p1_0.rationale,p1_0.retracted_at,p1_0.retracted_by,p1_0.retraction_reason,p1_0.review_id,p1_0.superseded_at,p1_0.url,p1_0.verdict,p1_0.version from publication p1_0 where p1_0.claim_id=cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) and p1_0.superseded_at is null fetch first 1 rows only;
