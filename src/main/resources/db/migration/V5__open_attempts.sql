-- the deadline sweep looks for attempts not handed in whose deadline has passed
create index ix_qa_open on quiz_attempt (submitted_at, deadline);
