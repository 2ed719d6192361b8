-- POST /api/v1/claims/{id}/reviews: in one transaction, the claim's progress locked, the claim with its speaker (for
-- the audit state), the review, two audit entries (the review, the claim's change) and the claim's new verdicts.
-- pgbench replay of the statements the service runs for one request; see bench/README.md.
-- Ids as bench_data.uid (bench/load/1-prepare.sql) builds them.
\set n random(1, :claims)
\set n :n - case when :n % 20 = 0 then 1 else 0 end
\set h 10000000 + (:n * 2654435761) % 90000000
\set t 100000000000 + :n
begin;
select cp1_0.claim_id,cp1_0.assignee,cp1_0.attribution_verdict,cp1_0.created_at,cp1_0.status,cp1_0.updated_at,cp1_0.verdict,cp1_0.version from claim_progress cp1_0 where cp1_0.claim_id=cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) for no key update of cp1_0 \gset
select c1_0.id,c1_0.confidence,c1_0.created_at,c1_0.figures,c1_0.kind,c1_0.origin,p1_0.claim_id,p1_0.assignee,p1_0.attribution_verdict,p1_0.created_at,p1_0.status,p1_0.updated_at,p1_0.verdict,p1_0.version,s1_0.id,s1_0.created_at,s1_0.description,s1_0.kind,s1_0.name,s1_0.same_as,s1_0.updated_at,s1_0.version,c1_0.tags,c1_0.text from claim c1_0 join claim_progress p1_0 on c1_0.id=p1_0.claim_id left join actor s1_0 on s1_0.id=c1_0.speaker_id where c1_0.id=cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) fetch first 1 rows only;
insert into review (attribution,claim_id,correction_reason,created_at,rationale,reviewer,supersedes_id,verdict,id) values ('CONFIRMED',cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid),null,now(),'The figure is higher than every independent estimate; officials later gave a lower count.','bench.reviewer',null,'MOSTLY_FALSE',gen_random_uuid());
insert into audit_entry (action,actor,after,before,before_changes,claim_id,created_at,entity_id,entity_type,id) values ('CREATE','bench.reviewer',cast(:audit_review as jsonb),cast(null as jsonb),cast(null as jsonb),cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid),now(),gen_random_uuid(),'REVIEW',gen_random_uuid());
insert into audit_entry (action,actor,after,before,before_changes,claim_id,created_at,entity_id,entity_type,id) values ('UPDATE','bench.reviewer',cast(:audit_claim as jsonb),cast(null as jsonb),cast(:audit_changes as jsonb),cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid),now(),cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid),'CLAIM',gen_random_uuid());
update claim_progress set assignee=assignee,attribution_verdict='CONFIRMED',created_at=created_at,status='REVIEWED',updated_at=now(),verdict='MOSTLY_FALSE',version=version + 1 where claim_id=cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) and version=:version;
commit;
