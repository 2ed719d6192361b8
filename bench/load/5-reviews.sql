select setseed(0.62) as seed \gset

-- Reviews: the latest one of each REVIEWED claim carries its verdicts; one in ten corrects an earlier review.
create unlogged table bench_data.review_stage as
select c.claim_id, c.verdict, c.attribution_verdict, c.created_at, bench_data.uid(4, s.n) as latest_id,
       case when random() < 0.1 then bench_data.uid(5, s.n) end as earlier_id,
       'reviewer' || (1 + floor(random() * 40)::int) as reviewer,
       1 + floor(random() * 20000)::int as f1, 1 + floor(random() * 20000)::int as f2, s.n
from bench_data.claim_stage s join claim_progress c on c.claim_id = bench_data.uid(1, s.n)
where s.status = 'REVIEWED';

insert into review (id, claim_id, verdict, rationale, reviewer, created_at, attribution, supersedes_id, correction_reason)
select r.earlier_id, r.claim_id, 'UNVERIFIABLE', upper(left(f2.text, 1)) || substr(f2.text, 2) || '.', r.reviewer,
       r.created_at + interval '1 day', 'UNVERIFIED', null, null
from bench_data.review_stage r join bench_data.frag f2 on f2.i = r.f2
where r.earlier_id is not null;

insert into review (id, claim_id, verdict, rationale, reviewer, created_at, attribution, supersedes_id, correction_reason)
select r.latest_id, r.claim_id, r.verdict,
       upper(left(f1.text, 1)) || substr(f1.text, 2) || '. ' || upper(left(f2.text, 1)) || substr(f2.text, 2) || '.',
       r.reviewer, r.created_at + interval '3 days', r.attribution_verdict, r.earlier_id,
       case when r.earlier_id is not null then 'New figures: ' || f2.text end
from bench_data.review_stage r join bench_data.frag f1 on f1.i = r.f1 join bench_data.frag f2 on f2.i = r.f2;

-- Approvals by a second reviewer (70%), publications of half of the approved.
insert into review_approval (id, review_id, approver, approved_at)
select gen_random_uuid(), latest_id, 'reviewer' || (41 + n % 10), created_at + interval '3 days 2 hours'
from bench_data.review_stage where n % 10 < 7;

insert into publication (id, claim_id, url, published_at, published_by, version, review_id, claim_text, verdict,
                         attribution, rationale, first_published_at, changed_at)
select gen_random_uuid(), r.claim_id, 'https://claimdesk.example.org/reviews/' || r.claim_id,
       r.created_at + interval '4 days', 'editor' || (1 + r.n % 5), 1, r.latest_id, c.text, v.verdict,
       v.attribution, v.rationale, r.created_at + interval '4 days', r.created_at + interval '4 days'
from bench_data.review_stage r join claim c on c.id = r.claim_id join review v on v.id = r.latest_id
where r.n % 10 < 7 and r.n % 2 = 0;


-- Passages of stored articles that evidence quotes.
create unlogged table bench_data.passage as
    select row_number() over () as i, source_id, quote_exact, quote_prefix, quote_suffix, quote_start, quote_end
    from appearance tablesample system (5);
alter table bench_data.passage add primary key (i);

