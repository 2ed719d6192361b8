select setseed(0.52 + :part / 100.0) as seed \gset

-- Articles and appearances, the part :part of :parts (by article).
-- Appearances: each claim in its own article, 15% in a second one; each article is its quotes, in order,
-- between sentences of text, so that the anchors (start, end, prefix, suffix) hold in the article's body.
create unlogged table bench_data.appearance_stage_:part as
select a.*,
       sum(length(a.pre) + length(a.quote) + length(a.post)) over w - length(a.quote) - length(a.post) as quote_start,
       row_number() over w as ord,
       lead(a.pre) over w as next_pre,
       lag(a.post) over w as previous_post
from (
    select c.id as claim_id, c.speaker_id, s.n, x.source, c.text as quote, c.created_at, c.kind,
           bench_data.pick(array['The',
               'Meanwhile,','However,','In a statement,','Earlier,','On Tuesday,','Officials noted that'], random())
               || ' ' || f1.text || '. ' || case when c.kind = 'QUOTE' then '"' else '' end as pre,
           case when c.kind = 'QUOTE' then '," ' || x.cue || ' ' || a.name || E'.\n\n'
                else ', ' || x.cue || ' ' || a.name || E'.\n\n' end as post,
           x.cue, random() as shuffle
    from bench_data.claim_stage s
    join (select * from bench_data.claim_0 union all select * from bench_data.claim_1) c on c.id = bench_data.uid(1, s.n)
    join actor a on a.id = c.speaker_id
    cross join lateral (
        select src as source, 1 + floor(random() * 20000)::int as f1,
               bench_data.pick(array['said','told reporters','according to','told Yonhap News TV','wrote','added',
                   'said in a statement','claimed'], random()) as cue
        from unnest(array[s.source, s.second_source]) src where src % :parts = :part) x
    join bench_data.frag f1 on f1.i = x.f1
) a
window w as (partition by a.source order by a.shuffle, a.claim_id);

insert into source (id, url, title, publisher, authors, published_at, language, body, content_hash, created_at)
select bench_data.uid(2, b.source),
       'https://' || lower(replace(publisher, ' ', '')) || '.example.com/news/' || to_char(created, 'YYYY/MM/DD')
           || '/' || b.source,
       title, publisher, authors, created - interval '3 hours', 'en', body,
       encode(sha256(convert_to(body, 'UTF8')), 'hex'), created
from (
    select s.source,
           string_agg(s.pre || s.quote || s.post, '' order by s.ord) as body,
           min(s.created_at) - interval '10 minutes' as created,
           bench_data.item(array['Yonhap News','Asia Business Daily','The Korea Herald','NK News','Kyiv Independent',
               'Reuters','Associated Press','The Moscow Times','JoongAng Daily','Daily NK','Hankyoreh','BBC News',
               'The Guardian','Nikkei Asia','Radio Free Asia','Voice of America','Chosun Ilbo','Meduza',
               'Ukrainska Pravda','Kyodo News'], s.source) as publisher
    from bench_data.appearance_stage_:part s group by s.source
) b
cross join lateral (
    select initcap(f.text) as title,
           array[bench_data.pick(array['Kim Ji-won','Lee Dong-hyun','Park Seo-yeon','Anna Petrova','John Carter',
               'Choi Min-jun','Olena Melnyk','Sarah Kim','David Lee','Yuki Tanaka'], random())] as authors
    from bench_data.frag f where f.i = 1 + (b.source * 7919) % 20000) t;

insert into appearance (id, claim_id, source_id, quote_exact, quote_prefix, quote_suffix, quote_start, quote_end,
                        created_at, attribution_cue, attribution_mode, attribution_speaker_id)
select gen_random_uuid(), claim_id, bench_data.uid(2, source), quote, right(coalesce(previous_post, '') || pre, 32), left(post || coalesce(next_pre, ''), 32),
       quote_start, quote_start + length(quote),
       created_at + (ord % 60) * interval '1 second',
       case when random() < 0.7 then cue end,
       case when kind = 'QUOTE' then 'DIRECT' else 'INDIRECT' end,
       speaker_id
from bench_data.appearance_stage_:part;

