-- Extracted claims: how sure extraction was, the figures they state, and how each appearance is attributed.

alter table claim
    add column confidence real,
    add column figures jsonb not null default '[]',
    add constraint claim_confidence_check check (confidence between 0 and 1);

alter table appearance
    add column attribution_cue text,
    add column attribution_mode text;

-- Similar claims across sources are found by trigram similarity of their text.
create index claim_text_trgm_idx on claim using gin (text gin_trgm_ops);
