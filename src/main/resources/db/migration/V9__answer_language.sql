-- The language an answer was typed in decides how its numbers read: "2,576 MB" is 2.576 MB to a
-- Dutch student and could be 2576 MB to an English one. Every kept answer keeps it, so that a hand-in,
-- a review or a regrade later reads the answer as the student meant it. Rows from before say 'en'.
alter table attempt add column lang varchar(2) default 'en' not null;
alter table quiz_answer add column lang varchar(2) default 'en' not null;
