-- A teacher's own mark for one part of a handed-in question, with the comment the student reads.
-- It stands over the grader's mark at every later grading (a hand-in after a reopen, a regrade)
-- until the teacher removes it.
create table quiz_override (
    question_id bigint           not null,
    part_id     varchar(64)      not null,
    score       double precision not null,
    comment     varchar(500)     not null,
    by_id       bigint           not null,
    at          timestamp(6) with time zone not null,
    constraint pk_quiz_override primary key (question_id, part_id),
    constraint fk_override_question foreign key (question_id) references quiz_question (id) on delete cascade
);
-- Only an attempt reopened after its hand-in can carry a teacher's marks into a hand-in: the
-- hand-in looks them up only then, and stays as quick as before for everyone else.
alter table quiz_attempt add column reopened boolean default false not null;
