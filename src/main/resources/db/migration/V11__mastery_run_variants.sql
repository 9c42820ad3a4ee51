-- The mastery run remembers the variant before its last one, so that A, B, A right is a run of two
-- different variants, not three. Rows from before do not know that variant: their runs start
-- fresh from their last answer (which is known, in last_seed); mastery already earned is kept.
alter table mastery add column prior_variant bigint;
update mastery set correct_streak = 1 where correct_streak > 1;
