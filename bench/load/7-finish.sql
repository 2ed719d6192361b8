-- What the scenarios ask for: words and a phrase of the loaded texts, a tag, a deep cursor.
create table bench_data.meta (key text primary key, value text not null);
insert into bench_data.meta values
    ('claims', :claims), ('sources', :sources), ('actors', :actors),
    ('rare_word', (select rw.word from bench_data.rare rw order by rw.n = 777 desc limit 1)),
    ('tag', 'sanctions');

do $$
declare t record;
begin
    for t in select tablename from pg_tables where schemaname = 'bench_data' and tablename not in ('meta', 'ddl') loop
        execute format('drop table bench_data.%I', t.tablename);
    end loop;
end $$;
