-- Core schema: sources, actors, claims with their anchored appearances, reviews and evidence.

-- Trigram matching for actor look-up by partial name (a trusted extension: the database owner may create it).
create extension if not exists pg_trgm;

create table source (
    id            uuid primary key,
    url           text,
    title         text not null,
    publisher     text,
    authors       text[] not null default '{}',
    published_at  timestamptz,
    language      text,
    body          text not null,
    content_hash  text not null,
    created_at    timestamptz not null,
    search        tsvector generated always as (
                      setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                      setweight(to_tsvector('english', body), 'B')) stored
);
create unique index source_url_key on source (url) where url is not null;
create unique index source_content_hash_key on source (content_hash);
create index source_created_idx on source (created_at desc, id desc);
create index source_publisher_idx on source (lower(publisher), created_at desc, id desc);
create index source_search_idx on source using gin (search);

create table actor (
    id           uuid primary key,
    name         text not null,
    kind         text not null,
    description  text,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint not null default 0
);
create unique index actor_name_key on actor (lower(name));
create index actor_kind_idx on actor (kind, lower(name));
create index actor_name_trgm_idx on actor using gin (lower(name) gin_trgm_ops);

create table actor_alias (
    actor_id  uuid not null references actor (id) on delete cascade,
    alias     text not null
);
create unique index actor_alias_key on actor_alias (lower(alias));
create index actor_alias_actor_idx on actor_alias (actor_id);
create index actor_alias_trgm_idx on actor_alias using gin (lower(alias) gin_trgm_ops);

create table claim (
    id          uuid primary key,
    text        text not null,
    kind        text not null,
    speaker_id  uuid references actor (id),
    status      text not null,
    verdict     text,
    tags        text[] not null default '{}',
    origin      text not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint not null default 0,
    search      tsvector generated always as (to_tsvector('english', text)) stored
);
create index claim_created_idx on claim (created_at desc, id desc);
create index claim_status_idx on claim (status, created_at desc, id desc);
create index claim_verdict_idx on claim (verdict, created_at desc, id desc);
create index claim_kind_idx on claim (kind, created_at desc, id desc);
create index claim_speaker_idx on claim (speaker_id, created_at desc, id desc);
create index claim_tags_idx on claim using gin (tags);
create index claim_search_idx on claim using gin (search);

create table appearance (
    id            uuid primary key,
    claim_id      uuid not null references claim (id) on delete cascade,
    source_id     uuid not null references source (id),
    quote_exact   text not null,
    quote_prefix  text not null,
    quote_suffix  text not null,
    quote_start   integer not null,
    quote_end     integer not null,
    created_at    timestamptz not null,
    search        tsvector generated always as (to_tsvector('english', quote_exact)) stored,
    constraint appearance_span_check check (quote_start >= 0 and quote_end > quote_start)
);
create unique index appearance_anchor_key on appearance (claim_id, source_id, quote_start, quote_end);
create index appearance_source_idx on appearance (source_id, quote_start, id);
create index appearance_claim_idx on appearance (claim_id);
create index appearance_search_idx on appearance using gin (search);

create table review (
    id          uuid primary key,
    claim_id    uuid not null references claim (id) on delete cascade,
    verdict     text not null,
    rationale   text not null,
    reviewer    text not null,
    created_at  timestamptz not null
);
create index review_claim_idx on review (claim_id, created_at desc, id desc);

create table evidence (
    id            uuid primary key,
    claim_id      uuid not null references claim (id) on delete cascade,
    source_id     uuid references source (id),
    url           text,
    title         text,
    quote_exact   text,
    quote_prefix  text,
    quote_suffix  text,
    quote_start   integer,
    quote_end     integer,
    stance        text not null,
    note          text,
    added_by      text not null,
    created_at    timestamptz not null,
    constraint evidence_target_check check (source_id is not null or url is not null)
);
create index evidence_claim_idx on evidence (claim_id, created_at, id);
create index evidence_source_idx on evidence (source_id);
