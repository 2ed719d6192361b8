select setseed(0.72 + :part / 100.0) as seed \gset

-- Evidence and the audit trail, the part :part of :parts (by claim).
-- Evidence: one to three documents per reviewed claim, a passage of a stored article or a web page;
-- one for a fifth of the claims in review.
insert into evidence (id, claim_id, source_id, url, title, quote_exact, quote_prefix, quote_suffix, quote_start,
                      quote_end, stance, note, added_by, created_at)
select gen_random_uuid(), c.claim_id,
       case when x.stored then p.source_id end,
       case when not x.stored then 'https://factcheck.example.org/documents/' || md5(c.claim_id::text || k) end,
       case when not x.stored then initcap(f.text) end,
       case when x.stored then p.quote_exact end, case when x.stored then p.quote_prefix end,
       case when x.stored then p.quote_suffix end, case when x.stored then p.quote_start end,
       case when x.stored then p.quote_end end,
       bench_data.pick(array['SUPPORTS','REFUTES','CONTEXT'], x.r),
       case when x.r2 < 0.5 then upper(left(f.text, 1)) || substr(f.text, 2) || '.' end,
       coalesce(c.assignee, 'reviewer' || (1 + k)), c.created_at + interval '2 days' + k * interval '1 hour'
from claim_progress c
cross join lateral generate_series(1, case c.status when 'REVIEWED' then 1 + floor(random() * 3)::int
                                              when 'IN_REVIEW' then (random() < 0.2)::int else 0 end) k
cross join lateral (select k as ref, random() < 0.5 as stored, 1 + floor(random() * 20000)::int as fi,
                           1 + floor(random() * (select count(*) from bench_data.passage))::int as pi, random() as r, random() as r2) x
join bench_data.frag f on f.i = x.fi
join bench_data.passage p on p.i = x.pi
where abs(hashtext(c.claim_id::text)) % :parts = :part;

-- The audit trail: each claim's creation and each review's, as the service records them.
insert into audit_entry (id, created_at, actor, action, entity_type, entity_id, claim_id, before, after)
select gen_random_uuid(), created_at, actor, 'CREATE', entity_type, entity_id, claim_id, null, after
from (
    select c.created_at, case when c.origin = 'EXTRACTED' then 'editor1' else 'editor' || (1 + abs(hashtext(c.text)) % 5) end
               as actor,
           'CLAIM' as entity_type, c.id as entity_id, c.id as claim_id,
           jsonb_build_object('text', c.text, 'kind', c.kind, 'speaker', jsonb_build_object('id', c.speaker_id),
               'status', 'NEW', 'verdict', null, 'attributionVerdict', null, 'tags', to_jsonb(c.tags),
               'assignee', null) as after
    from claim c
    where abs(hashtext(c.id::text)) % :parts = :part
    union all
    select r.created_at, r.reviewer, 'REVIEW', r.id, r.claim_id,
           jsonb_build_object('id', r.id, 'claimId', r.claim_id, 'verdict', r.verdict, 'attribution', r.attribution,
               'rationale', r.rationale, 'reviewer', r.reviewer, 'createdAt', r.created_at,
               'supersedes', r.supersedes_id, 'correctionReason', r.correction_reason)
    from review r
    where abs(hashtext(r.claim_id::text)) % :parts = :part
) e
order by created_at;

