-- POST /api/v1/claims/{id}/reviews: in one transaction, the claim locked, its speaker (for the audit state), the
-- review, two audit entries (the review, the claim's change) and the claim's new verdicts.
-- pgbench replay of the statements the service runs for one request; see bench/README.md.
-- Ids as bench_data.uid (bench/load/1-prepare.sql) builds them.
\set n random(1, :claims)
\set n :n - case when :n % 20 = 0 then 1 else 0 end
\set h 10000000 + (:n * 2654435761) % 90000000
\set t 100000000000 + :n
begin;
select c1_0.id,c1_0.assignee,c1_0.attribution_verdict,c1_0.confidence,c1_0.created_at,c1_0.figures,c1_0.kind,c1_0.origin,c1_0.speaker_id,c1_0.status,c1_0.tags,c1_0.text,c1_0.updated_at,c1_0.verdict,c1_0.version from claim c1_0 where c1_0.id=cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) for no key update of c1_0 \gset
select a1_0.id,a1_0.created_at,a1_0.description,a1_0.kind,a1_0.name,a1_0.same_as,a1_0.updated_at,a1_0.version from actor a1_0 where a1_0.id=cast(:speaker_id as uuid);
insert into review (attribution,claim_id,correction_reason,created_at,rationale,reviewer,supersedes_id,verdict,id) values ('CONFIRMED',cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid),null,now(),'The figure is higher than every independent estimate; officials later gave a lower count.','bench.reviewer',null,'MOSTLY_FALSE',gen_random_uuid());
insert into audit_entry (action,actor,after,before,before_changes,claim_id,created_at,entity_id,entity_type,id) values ('CREATE','bench.reviewer',cast(:audit_review as jsonb),cast(null as jsonb),cast(null as jsonb),cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid),now(),gen_random_uuid(),'REVIEW',gen_random_uuid());
insert into audit_entry (action,actor,after,before,before_changes,claim_id,created_at,entity_id,entity_type,id) values ('UPDATE','bench.reviewer',cast(:audit_claim as jsonb),cast(null as jsonb),cast(:audit_changes as jsonb),cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid),now(),cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid),'CLAIM',gen_random_uuid());
update claim set assignee=assignee,attribution_verdict='CONFIRMED',confidence=confidence,created_at=created_at,figures=figures,kind=kind,origin=origin,speaker_id=speaker_id,status='REVIEWED',tags=tags,text=text,updated_at=now(),verdict='MOSTLY_FALSE',version=version + 1 where id=cast(cast(:h as text) || '-0001-4000-8000-' || cast(:t as text) as uuid) and version=:version;
commit;
