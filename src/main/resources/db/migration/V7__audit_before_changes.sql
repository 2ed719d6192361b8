-- The state before a change may be stored as only the fields the change touched (before stays null then): most
-- changes touch a few fields of a large state, and two full copies per entry made the trail most of the database.
alter table audit_entry add column before_changes jsonb;
