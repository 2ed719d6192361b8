-- Full-text search over one document per claim: its text (weight A), the quotes of its appearances (B) and its
-- speaker's name (C), with one GIN index. Searching claims and their quotes separately meant an EXISTS over
-- appearance per claim, which no index can answer: every search read the whole claim table.
-- Triggers keep the document current in the transaction of every change, whoever writes (also bulk loads).

create function claim_search_document(claim uuid, claim_text text, speaker uuid) returns tsvector
    language sql stable as $$
    select setweight(to_tsvector('english', claim_text), 'A')
        || setweight(to_tsvector('english', coalesce(
               (select string_agg(a.quote_exact, ' ' order by a.created_at, a.id) from appearance a where a.claim_id = claim), '')), 'B')
        || setweight(to_tsvector('english', coalesce((select s.name from actor s where s.id = speaker), '')), 'C')
$$;

create function claim_search_on_claim() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' or new.text is distinct from old.text or new.speaker_id is distinct from old.speaker_id then
        new.search := claim_search_document(new.id, new.text, new.speaker_id);
    end if;
    return new;
end
$$;

-- Appearances are written in batches (a claim with its quotes, a fold, a bulk load): one update per statement.
create function claim_search_on_appearances() returns trigger language plpgsql as $$
begin
    update claim c set search = claim_search_document(c.id, c.text, c.speaker_id)
    where c.id in (select claim_id from changed);
    return null;
end
$$;

create function claim_search_on_moved_appearances() returns trigger language plpgsql as $$
begin
    update claim c set search = claim_search_document(c.id, c.text, c.speaker_id)
    where c.id in (select claim_id from changed union select claim_id from previous);
    return null;
end
$$;

create function claim_search_on_actor() returns trigger language plpgsql as $$
begin
    update claim c set search = claim_search_document(c.id, c.text, c.speaker_id) where c.speaker_id = new.id;
    return null;
end
$$;

-- Reviews rewrite the claim row; room on each page lets PostgreSQL keep the new version beside the old one (a HOT
-- update, with no new index entries) when no indexed column changes.
alter table claim set (fillfactor = 85);

alter table claim drop column search;
alter table claim add column search tsvector;
-- Computed in the table rewrite itself, so the new column costs no second version of every row.
alter table claim alter column search type tsvector using claim_search_document(id, text, speaker_id);
alter table claim alter column search set not null;
create index claim_search_idx on claim using gin (search);

create trigger claim_search before insert or update of text, speaker_id on claim
    for each row execute function claim_search_on_claim();
create trigger claim_search_appearance_added after insert on appearance
    referencing new table as changed for each statement execute function claim_search_on_appearances();
create trigger claim_search_appearance_removed after delete on appearance
    referencing old table as changed for each statement execute function claim_search_on_appearances();
create trigger claim_search_appearance_changed after update on appearance
    referencing old table as previous new table as changed for each statement execute function claim_search_on_moved_appearances();
create trigger claim_search_speaker_renamed after update of name on actor
    for each row when (old.name is distinct from new.name) execute function claim_search_on_actor();

-- Quotes are searched through their claim's document; similar claims are found through it too.
alter table appearance drop column search;
drop index claim_text_trgm_idx;
