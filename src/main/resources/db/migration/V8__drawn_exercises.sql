-- What a student saw and was graded on stays so, whatever the bank becomes: every attempt keeps the
-- version of its template when its exercise was drawn, and the exercise as drawn (its parameters,
-- parts and keys, as JSON) from which it is rebuilt once the template or the drawing code changed.
-- Both are null for attempts from before: those are drawn again from (template, seed).
alter table attempt add column template_version varchar(16);
alter table attempt add column drawn_exercise varchar(4000);
alter table quiz_question add column template_version varchar(16);
alter table quiz_question add column drawn_exercise varchar(4000);
