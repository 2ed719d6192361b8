-- A search takes the matches of the newest claim's month and the one before by equality on the month column of
-- the search index: GIN then reads those two months' entries only where they meet the words' (a range of months
-- read every claim of both months first: 43,000 entries on 1M claims). For the planner to still walk the newest
-- claims for a common word, it must know how many claims a month holds: statistics on the month of creation.
create statistics claim_created_month_stat on (date_trunc('month', created_at at time zone 'UTC')) from claim;
-- A parallel walk through the newest claims cost 15 times the plain one on a 2-core database (221 ms against 14 ms).
alter table claim set (parallel_workers = 0);
analyze claim;
