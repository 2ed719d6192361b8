-- Fills a freshly migrated Claimdesk database with :claims claims and what goes with them, as the service would
-- have stored them. bench/run.sh runs the files of bench/load in order, with -v claims=N -v sources=S -v actors=A
-- (this one also with -v words="the words of the sample articles"), the numbered steps 2, 3, 4 and 6 as two
-- sessions, -v part=0 and -v part=1 of -v parts=2.
-- Ids are derived from sequence numbers (bench_data.uid), so wrk and pgbench scripts can draw the same rows at random
-- without a list: claim n is bench_data.uid(1, n), source n bench_data.uid(2, n), actor n bench_data.uid(3, n).
-- Claim texts are made of fragments of the sample articles (common words and real phrases), with words swapped
-- for others of the vocabulary by frequency, a rare name in a third of them and a figure in a quarter.

select setseed(0.42) as seed \gset

drop schema if exists bench_data cascade;
create schema bench_data;

-- The first 8 hex digits are a scrambled function of n, so ids spread over the key space like random UUIDs.
create function bench_data.uid(kind int, n bigint) returns uuid language sql immutable as $$
    select cast((10000000 + (n * 2654435761) % 90000000)::text || '-' || lpad(kind::text, 4, '0') || '-4000-8000-'
                || (100000000000 + n)::text as uuid)
$$;

create function bench_data.pick(items text[], r double precision) returns text language sql immutable as $$
    select items[1 + floor(r * array_length(items, 1))::int]
$$;

create function bench_data.item(items text[], i bigint) returns text language sql immutable as $$
    select items[1 + i % array_length(items, 1)]
$$;

-- Tags: a few frequent, most rare.
create function bench_data.tag(r double precision) returns text language sql immutable as $$
    select (array['north-korea','russia','ukraine','troops','putin','sanctions','nuclear','missiles',
        'diplomacy','treaty','china','south-korea','military','kim-jong-un','economy','artillery',
        'elections','energy','trade','human-rights','cyber','defectors','united-states','japan',
        'alliance','intelligence','weapons','food','oil','refugees','drones','navy','satellite',
        'pyongyang','moscow','kyiv','seoul','beijing','un','nato','disinformation','propaganda',
        'prisoners','casualties','mobilization','border','tourism','labour','railways','ports','budget',
        'inflation','grain','fertilizer','fishing','shipping','tunnels','exercises','summit','envoy',
        'embassy','espionage','hackers','crypto','smuggling','aid','health','education','climate',
        'space'])[1 + floor(power(r, 2.5) * 70)::int]
$$;

-- Words of the sample articles, in order, and the vocabulary ranked by frequency.
create unlogged table bench_data.stream as
    select pos, word from unnest(string_to_array(:'words', ' ')) with ordinality as w (word, pos);
alter table bench_data.stream add primary key (pos);
create unlogged table bench_data.vocab as
    select row_number() over (order by count(*) desc, lower(word)) as rank, lower(word) as word
    from bench_data.stream group by lower(word);
alter table bench_data.vocab add primary key (rank);
select max(pos) as stream_len from bench_data.stream \gset
select count(*) as vocab_len from bench_data.vocab \gset

-- Rare words: invented place and person names, each in a few dozen claims per million.
create unlogged table bench_data.rare as
    select row_number() over () as n, initcap(a || b || c) as word
    from unnest(array['va','ro','kin','tu','sa','dem','ol','gri','mar','bel','zo','nik','hal','pes','ur','lon',
                      'ka','mir','tas','dun','ve','sho','rak','ily']) a,
         unnest(array['ra','lo','ve','tin','mo','sk','du','ri','pa','no','ze','ga']) b,
         unnest(array['vin','sk','grad','ovo','ino','ets','yan','ar','ul','ia','ok','em','tov','lin','dor','ich',
                      'han','sol','ter','ada','ez','mun','iko','bay']) c;
alter table bench_data.rare add primary key (n);
select count(*) as rare_len from bench_data.rare \gset

-- Fragments: 5 to 13 consecutive words of the articles, a fifth of them swapped for a vocabulary word
-- (frequent words far more often than rare ones).
create unlogged table bench_data.frag as
    with f as (
        select i, 5 + floor(random() * 9)::int as len,
               1 + floor(random() * (:stream_len - 14))::int as start
        from generate_series(1, 20000) i),
    w as (
        select f.i, k, case when random() < 0.2 then 1 + floor(power(random(), 3) * :vocab_len)::int end as swap,
               f.start + k as pos
        from f, generate_series(0, f.len - 1) k)
    select w.i, string_agg(coalesce(v.word, s.word), ' ' order by w.k) as text
    from w join bench_data.stream s on s.pos = w.pos left join bench_data.vocab v on v.rank = w.swap
    group by w.i;
alter table bench_data.frag add primary key (i);

-- Secondary indexes and foreign keys go while loading and come back afterwards (bench/run.sh builds them).
create table bench_data.ddl as
    select 'index' as kind, pg_get_indexdef(i.indexrelid) as ddl, i.indexrelid::regclass::text as name
    from pg_index i join pg_class t on t.oid = i.indrelid
    where t.relnamespace = 'public'::regnamespace and t.relname <> 'flyway_schema_history'
      and not i.indisprimary and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
    union all
    select 'fk', format('alter table %s add constraint %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)),
           format('%s.%s', conrelid::regclass, conname)
    from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace;
do $$
declare d record;
begin
    for d in select * from bench_data.ddl where kind = 'fk' loop
        execute format('alter table %s drop constraint %I', split_part(d.name, '.', 1), split_part(d.name, '.', 2));
    end loop;
    for d in select * from bench_data.ddl where kind = 'index' loop
        execute format('drop index %s', d.name);
    end loop;
end $$;

-- Actors: people (most), organizations, media, governments and a few anonymous sources.
insert into actor (id, name, kind, description, created_at, updated_at, version, same_as)
select bench_data.uid(3, n),
       case kind
           when 'PERSON' then
               bench_data.item(array['Kim','Lee','Park','Choi','Jung','Kang','Cho','Yoon','Jang','Lim','Han','Oh','Seo',
                   'Shin','Kwon','Hwang','Ahn','Song','Yoo','Hong','Jeon','Ko','Moon','Yang','Son','Bae','Baek','Heo',
                   'Nam','Noh','Ha','Kwak','Sung','Cha','Joo','Woo','Ryu','Min','Jin','Chae','Ivanov','Smirnov',
                   'Kuznetsov','Popov','Volkov','Sokolov','Lebedev','Kozlov','Novikov','Morozov','Petrov','Orlov',
                   'Pavlov','Egorov','Belov','Zaitsev','Medvedev','Shoigu','Lavrov','Peskov','Zakharova','Sergeev',
                   'Frolov','Gusev','Titov','Kovalenko','Shevchenko','Bondarenko','Tkachenko','Kravchenko','Melnyk',
                   'Boyko','Oliynyk','Smith','Johnson','Williams','Brown','Jones','Miller','Davis','Wilson','Moore',
                   'Taylor','Anderson','Thomas','Jackson','White','Harris','Martin','Thompson','Garcia','Clark',
                   'Lewis','Walker','Hall','Allen','Young','King','Wright','Scott','Green','Baker','Adams','Nelson',
                   'Carter','Mitchell','Roberts','Turner','Phillips','Campbell','Parker','Evans','Edwards','Collins',
                   'Stewart','Morris','Rogers','Reed','Cook','Morgan','Bell','Murphy','Bailey','Cooper','Richardson',
                   'Cox','Howard','Ward','Wang','Li','Zhang','Liu','Chen','Tanaka','Suzuki'],
                   n / 400)
               || ' ' || initcap(bench_data.item(array['min','jun','seo','yeon','ji','hoon','hyun','woo','eun','sung',
                   'young','ho','jin','soo','kyung','tae','dong','hye','won','chul'], n))
               || '-' || bench_data.item(array['min','jun','seo','yeon','ji','hoon','hyun','woo','eun','sung',
                   'young','ho','jin','soo','kyung','tae','dong','hye','won','chul'], n / 20)
               || case when n >= 50000 then ' ' || chr((65 + (n / 50000) % 26)::int) || (n / 1300000 + 1)::text else '' end
           when 'ANONYMOUS' then 'a source familiar with the matter (' || n || ')'
           else bench_data.item(array['National','Korean','Russian','Ukrainian','Federal','Central','Eastern','Pacific',
                   'Northern','Allied','Independent','United','Joint','Regional','International','Strategic','Civic',
                   'Public','Democratic','Security'], n / 7)
               || ' ' || bench_data.item(array['Defense','Energy','Intelligence','Trade','Foreign Affairs','Unification',
                   'Policy','Finance','Health','Labour','Transport','Space','Nuclear','Maritime','Border','Media',
                   'Press','Broadcasting','Statistics','Research','Peace','Development','Agriculture','Cyber',
                   'Justice','Election','Industry','Veterans','Climate','Education'], n / 140)
               || ' ' || case kind when 'MEDIA' then bench_data.item(array['News','Times','Daily','Herald','Tribune',
                   'Broadcasting','Post','Journal','Review','Radio'], n / 4200)
                   else bench_data.item(array['Ministry','Agency','Institute','Council','Service','Committee','Office',
                   'Bureau','Commission','Centre'], n / 4200) end
               || case when n >= 42000 then ' ' || (n / 42000 + 1)::text else '' end
       end,
       kind,
       case when random() < 0.6 then bench_data.pick(array['Foreign Minister','spokesperson','senior researcher',
           'Defense Minister','deputy director','lawmaker','analyst','former ambassador','governor','professor',
           'press secretary','military commander'], random()) end,
       created, created, 0,
       case when random() < 0.2 then array['https://www.wikidata.org/wiki/Q' || (100000 + n)] else '{}' end
from (select n,
             case when n % 97 = 3 then 'ANONYMOUS'
                  when n % 7 = 0 then bench_data.pick(array['ORGANIZATION','GOVERNMENT','MEDIA'], random())
                  else 'PERSON' end as kind,
             timestamptz '2021-01-01' + random() * interval '3 years' as created
      from generate_series(1::bigint, :actors) n) a;

-- Other spellings: the given name first, for a quarter of the people.
insert into actor_alias (actor_id, alias)
select id, split_part(name, ' ', 2) || ' ' || split_part(name, ' ', 1)
    || case when split_part(name, ' ', 3) <> '' then ' ' || split_part(name, ' ', 3) else '' end
from actor where kind = 'PERSON' and hashtext(name) % 4 = 0;

-- Claims: n-th claim in time order; every twentieth is DISMISSED (the review scenario skips those).
create unlogged table bench_data.claim_stage as
select n,
       case when n % 20 = 0 then 'DISMISSED'
            when r < 0.47 then 'NEW' when r < 0.58 then 'IN_REVIEW' else 'REVIEWED' end as status,
       1 + floor(power(random(), 3) * :actors)::bigint as speaker,
       1 + ((n - 1) * :sources) / :claims as source,
       case when random() < 0.15 then 1 + ((n - 1) * :sources / :claims + 1 + floor(random() * (:sources - 1))::bigint)
            % :sources end as second_source,
       timestamptz '2024-01-01' + (n::double precision / :claims) * interval '700 days'
           + random() * interval '2 hours' as created
from (select n, random() as r from generate_series(1::bigint, :claims) n) c;

