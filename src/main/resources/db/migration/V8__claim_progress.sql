-- Where a claim is in its review (status, verdicts, assignee, version, time of change) lives in a narrow table of
-- its own. Reviews, status changes and assignments changed indexed columns of the wide claim row, so each wrote a
-- new version of it (text, tags, figures, search document) and an entry in every one of its indexes, including the
-- GIN ones. Now they write a row of a few dozen bytes and its own small indexes; the claim row stays as it is.

create table claim_progress (
    claim_id             uuid primary key references claim (id) on delete cascade,
    status               text not null,
    verdict              text,
    attribution_verdict  text,
    assignee             text,
    -- The claim's creation time, copied: the status, verdict and assignee filters list newest first from these
    -- indexes alone.
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint not null default 0
) with (fillfactor = 80);

insert into claim_progress (claim_id, status, verdict, attribution_verdict, assignee, created_at, updated_at, version)
select id, status, verdict, attribution_verdict, assignee, created_at, updated_at, version from claim;

create index claim_progress_status_idx on claim_progress (status, created_at desc, claim_id desc);
create index claim_progress_verdict_idx on claim_progress (verdict, created_at desc, claim_id desc);
create index claim_progress_attribution_idx on claim_progress (attribution_verdict, created_at desc, claim_id desc);
create index claim_progress_assignee_idx on claim_progress (assignee, created_at desc, claim_id desc);
create index claim_progress_unassigned_idx on claim_progress (created_at desc, claim_id desc) where assignee is null;

-- Their indexes on claim go with them.
alter table claim
    drop column status,
    drop column verdict,
    drop column attribution_verdict,
    drop column assignee,
    drop column updated_at,
    drop column version;
