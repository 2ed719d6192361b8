-- Editorial workflow: assignments, approvals of reviews, publications as versions and the change feed.

-- Who works on a claim: a user name from the token; null when nobody does.
alter table claim add column assignee text;
create index claim_assignee_idx on claim (assignee, created_at desc, id desc);
create index claim_unassigned_idx on claim (created_at desc, id desc) where assignee is null;

-- A second reviewer's approval of a review; each reviewer approves a review once, never their own.
create table review_approval (
    id           uuid primary key,
    review_id    uuid not null references review (id) on delete cascade,
    approver     text not null,
    approved_at  timestamptz not null
);
create unique index review_approval_key on review_approval (review_id, approver);

-- Each publication is a version: the review it published, as it was. A newer version supersedes the
-- previous one; the latest version of a claim is its entry in the change feed, at changed_at.
alter table publication
    add column version             integer,
    add column review_id           uuid references review (id) on delete cascade,
    add column claim_text          text,
    add column verdict             text,
    add column attribution         text,
    add column rationale           text,
    add column first_published_at  timestamptz,
    add column superseded_at       timestamptz,
    add column changed_at          timestamptz;

update publication p set review_id = coalesce(
    (select r.id from review r where r.claim_id = p.claim_id and r.created_at <= p.published_at
     order by r.created_at desc, r.id desc limit 1),
    (select r.id from review r where r.claim_id = p.claim_id order by r.created_at desc, r.id desc limit 1));
update publication p set claim_text = c.text from claim c where c.id = p.claim_id;
update publication p set verdict = r.verdict, attribution = r.attribution, rationale = r.rationale
    from review r where r.id = p.review_id;
update publication p set
    version = numbered.version,
    first_published_at = numbered.first_published_at,
    superseded_at = numbered.next_published_at,
    changed_at = coalesce(p.retracted_at, p.published_at)
from (select id,
             row_number() over (partition by claim_id order by published_at, id) as version,
             min(published_at) over (partition by claim_id) as first_published_at,
             lead(published_at) over (partition by claim_id order by published_at, id) as next_published_at
      from publication) numbered
where numbered.id = p.id;

alter table publication
    alter column version set not null,
    alter column review_id set not null,
    alter column claim_text set not null,
    alter column verdict set not null,
    alter column attribution set not null,
    alter column rationale set not null,
    alter column first_published_at set not null,
    alter column changed_at set not null;

drop index publication_current_key;
drop index publication_feed_idx;
create unique index publication_latest_key on publication (claim_id) where superseded_at is null;
create unique index publication_version_key on publication (claim_id, version);
create index publication_feed_idx on publication (changed_at, id) where superseded_at is null;
create index publication_review_idx on publication (review_id);
