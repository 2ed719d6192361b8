-- Claims, the part :part of :parts (by sequence number), staged: they are inserted after their appearances, so that
-- the search document the service's triggers compute on insert holds their quotes.
select setseed(0.42 + :part / 100.0) as seed \gset

create unlogged table bench_data.claim_:part (like claim);
alter table bench_data.claim_:part alter column search drop not null;
-- With what claim_progress holds of each claim.
alter table bench_data.claim_:part add column status text, add column verdict text, add column attribution_verdict text,
    add column assignee text, add column updated_at timestamptz, add column version bigint;

insert into bench_data.claim_:part (id, text, kind, speaker_id, status, verdict, attribution_verdict, tags, origin, confidence,
                   figures, assignee, created_at, updated_at, version)
select bench_data.uid(1, s.n),
       upper(left(fa.text, 1)) || substr(fa.text, 2)
           || case when x.rare is not null then ' ' || bench_data.pick(array['in','near','with','for','against','says',
                   'of','from'], x.r1) || ' ' || rw.word else '' end
           || ' ' || fb.text
           || case when x.figure is not null then ' about ' || to_char(x.figure, 'FM999,999,999') || ' ' || x.unit
                   else '' end || '.',
       case when x.r2 < 0.6 then 'QUOTE' else 'STATEMENT' end,
       bench_data.uid(3, s.speaker),
       s.status,
       case when s.status = 'REVIEWED' then bench_data.pick(array['TRUE','MOSTLY_TRUE','MIXED','MOSTLY_FALSE','FALSE',
           'FALSE','MISLEADING','UNVERIFIABLE'], x.r3) end,
       case when s.status = 'REVIEWED' then bench_data.pick(array['CONFIRMED','CONFIRMED','CONFIRMED','MISATTRIBUTED',
           'MISQUOTED','UNVERIFIED'], x.r4) end,
       array_remove(array[case when x.m >= 1 then x.t1 end, case when x.m >= 2 then nullif(x.t2, x.t1) end,
                          case when x.m >= 3 then nullif(nullif(x.t3, x.t1), x.t2) end], null),
       case when x.r5 < 0.7 then 'EXTRACTED' else 'MANUAL' end,
       case when x.r5 < 0.7 then round((0.5 + x.r5 * 0.7)::numeric, 3)::real end,
       case when x.figure is not null then jsonb_build_array(jsonb_build_object('value', x.figure, 'unit', x.unit))
            else '[]' end,
       case when s.status = 'IN_REVIEW' or (s.status = 'NEW' and x.r6 < 0.05) then 'reviewer' || (1 + floor(x.r6 * 40)::int) end,
       s.created,
       case when s.status in ('NEW') then s.created else s.created + interval '3 days' end,
       case s.status when 'NEW' then 0 when 'REVIEWED' then 2 else 1 end
from bench_data.claim_stage s
cross join lateral (
    select s.n, 1 + floor(random() * 20000)::int as fa, 1 + floor(random() * 20000)::int as fb,
           case when random() < 0.33 then 1 + floor(random() * (select count(*) from bench_data.rare))::int end as rare,
           case when random() < 0.25 then (array[12000, 10000, 3000, 600, 24, 1500000, 70, 250, 18, 5000])
               [1 + floor(random() * 10)::int] * (1 + floor(random() * 3)::int) end as figure,
           bench_data.pick(array['soldiers','troops','missiles','shells','tons','dollars','people','workers','rounds',
               'drones'], random()) as unit,
           random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6,
           floor(random() * 3.3)::int as m, bench_data.tag(random()) as t1, bench_data.tag(random()) as t2,
           bench_data.tag(random()) as t3
) x
join bench_data.frag fa on fa.i = x.fa
join bench_data.frag fb on fb.i = x.fb
left join bench_data.rare rw on rw.n = x.rare
where s.n % :parts = :part;

