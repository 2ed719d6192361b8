-- Claims, the part :part of :parts, inserted through the service's triggers (which compute their search documents
-- from their text, quotes and speaker).

insert into claim (id, text, kind, speaker_id, status, verdict, attribution_verdict, tags, origin, confidence,
                   figures, assignee, created_at, updated_at, version)
select id, text, kind, speaker_id, status, verdict, attribution_verdict, tags, origin, confidence,
       figures, assignee, created_at, updated_at, version
from bench_data.claim_:part;
