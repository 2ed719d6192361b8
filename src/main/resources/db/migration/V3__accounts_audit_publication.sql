-- Audit trail, the attribution verdict, review corrections, actors' sameAs links and ClaimReview publication.

-- Append-only record of every change: who, when, what, and the state before and after.
create table audit_entry (
    id           uuid primary key,
    -- Insertion order: entries written in one transaction share their timestamp.
    seq          bigint generated always as identity,
    created_at   timestamptz not null,
    actor        text not null,
    action       text not null,
    entity_type  text not null,
    entity_id    uuid not null,
    -- No foreign key: the history outlives a deleted claim.
    claim_id     uuid,
    before       jsonb,
    after        jsonb
);
create unique index audit_entry_seq_key on audit_entry (seq);
create index audit_entry_claim_idx on audit_entry (claim_id, seq);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);

-- Whether the claim is rightly attributed to its speaker, as rated by its latest review.
alter table claim add column attribution_verdict text;
create index claim_attribution_idx on claim (attribution_verdict, created_at desc, id desc);

-- Reviews are corrected by newer reviews, never edited; a review is corrected at most once.
alter table review add column attribution text;
update review set attribution = 'UNVERIFIED';
alter table review alter column attribution set not null;
alter table review add column supersedes_id uuid references review (id) on delete cascade;
alter table review add column correction_reason text;
alter table review add constraint review_correction_check
    check ((supersedes_id is null) = (correction_reason is null));
create unique index review_supersedes_key on review (supersedes_id) where supersedes_id is not null;

-- Where else an actor is identified (Wikidata, Wikipedia, an official site).
alter table actor add column same_as text[] not null default '{}';

-- Each publication of a claim's review; a retraction closes it, and a claim may be published again.
create table publication (
    id                 uuid primary key,
    claim_id           uuid not null references claim (id) on delete cascade,
    url                text not null,
    published_at       timestamptz not null,
    published_by       text not null,
    retracted_at       timestamptz,
    retracted_by       text,
    retraction_reason  text,
    constraint publication_retraction_check
        check ((retracted_at is null) = (retracted_by is null) and (retracted_at is null) = (retraction_reason is null))
);
create unique index publication_current_key on publication (claim_id) where retracted_at is null;
create index publication_claim_idx on publication (claim_id, published_at);
create index publication_feed_idx on publication (published_at, id) where retracted_at is null;
