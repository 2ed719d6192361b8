-- Each appearance records whom that source attributes the claim to: sources can disagree about who said it.
alter table appearance add column attribution_speaker_id uuid references actor (id);
update appearance a set attribution_speaker_id = c.speaker_id from claim c where c.id = a.claim_id;
create index appearance_speaker_idx on appearance (attribution_speaker_id);
