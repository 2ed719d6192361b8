-- Claims, the part :part of :parts, inserted through the service's triggers (which compute their search documents
-- from their text, quotes and speaker), in the order they were created, as a running service stores them (taken
-- from the staged table as they come, a page of a million claims held claims of four months).

insert into claim (id, text, kind, speaker_id, tags, origin, confidence, figures, created_at)
select id, text, kind, speaker_id, tags, origin, confidence, figures, created_at
from bench_data.claim_:part
order by created_at, id;

insert into claim_progress (claim_id, status, verdict, attribution_verdict, assignee, created_at, updated_at, version)
select id, status, verdict, attribution_verdict, assignee, created_at, updated_at, version
from bench_data.claim_:part
order by created_at, id;
