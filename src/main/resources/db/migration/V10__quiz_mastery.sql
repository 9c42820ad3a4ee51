-- A handed-in attempt's grades move its student's mastery once, when the student may see them: at
-- hand-in, or for a quiz that shows results only once closed, when it closes (the deadline sweep
-- then finds it by this flag). Attempts from before were handed in under the old rule: done.
alter table quiz_attempt add column mastery_fed boolean default true not null;
create index ix_qa_unfed on quiz_attempt (mastery_fed, submitted_at);
