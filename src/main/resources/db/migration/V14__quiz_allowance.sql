-- What one student may have beyond a quiz's rules, given by a teacher: more minutes (an
-- accommodation, a crashed laptop) for every attempt they start, and more attempts. An attempt
-- already running gets its extra minutes on its own deadline when they are given.
create table quiz_allowance (
    quiz_id        bigint  not null,
    user_id        bigint  not null,
    extra_minutes  integer default 0 not null,
    extra_attempts integer default 0 not null,
    constraint pk_quiz_allowance primary key (quiz_id, user_id),
    constraint fk_allowance_quiz foreign key (quiz_id) references quiz (id) on delete cascade,
    constraint fk_allowance_user foreign key (user_id) references app_user (id) on delete cascade
);
