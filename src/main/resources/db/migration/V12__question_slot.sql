-- Which line of the quiz a question was drawn for, before a shuffle put it elsewhere: the CSV's
-- columns follow it, so that one column holds the same question for every student. Questions
-- drawn before are taken as unshuffled (their slot is their position).
alter table quiz_question add column slot int;
update quiz_question set slot = position;
alter table quiz_question alter column slot set not null;
