-- Optimistic locking: every row a student's work changes carries a version, so that two writers
-- (two tabs, a hand-in and the deadline sweep) cannot both win.
alter table quiz_attempt add column version bigint default 0 not null;
alter table quiz_question add column version bigint default 0 not null;
alter table quiz_answer add column version bigint default 0 not null;
alter table mastery add column version bigint default 0 not null;

-- the queries behind the attempt view, the results page and the quiz list
create index ix_qq_attempt on quiz_question (attempt_id, position);
create index ix_quiz_owner on quiz (owner_id, created_at);
create index ix_item_quiz on quiz_item (quiz_id, position);

-- the n-th attempt of a student at a quiz, once: two tabs joining at the same moment start one attempt
alter table quiz_attempt add column attempt_number integer default 0 not null;
update quiz_attempt set attempt_number = (select count(*) from quiz_attempt b
    where b.quiz_id = quiz_attempt.quiz_id and b.user_id = quiz_attempt.user_id
      and (b.started_at < quiz_attempt.started_at or (b.started_at = quiz_attempt.started_at and b.id < quiz_attempt.id)));
create unique index uk_qa_number on quiz_attempt (quiz_id, user_id, attempt_number);
