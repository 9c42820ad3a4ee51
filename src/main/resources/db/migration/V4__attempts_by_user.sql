-- a student's list of their own attempts, newest first
create index ix_qa_user_started on quiz_attempt (user_id, started_at);
