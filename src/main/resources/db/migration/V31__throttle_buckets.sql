-- The sign-in and registration throttles' counts, shared by every node (they used to live in each
-- node's memory, so a guesser sent to another node started afresh). One row per bucket, read with
-- a row lock and written in the same transaction, so that guesses sent at once to several nodes
-- are counted one after another. Rows that hold nothing any more are deleted once a minute.
create table login_failure (
    bucket_key   varchar(200) not null,
    failures     integer      not null,
    last_failure timestamp(6) with time zone,
    last_success timestamp(6) with time zone,
    constraint pk_login_failure primary key (bucket_key)
);
-- a leaky bucket per client address: when it is empty again
create table pace_bucket (
    bucket_key varchar(200) not null,
    empty_at   timestamp(6) with time zone not null,
    constraint pk_pace_bucket primary key (bucket_key)
);
create index ix_pace_bucket_empty on pace_bucket (empty_at);

-- Secrets every node must share, made once by the first node that needs one: the key that signs
-- device cookies (a cookie signed by one node is checked by another).
create table shared_secret (
    name   varchar(64)  not null,
    secret varchar(100) not null,
    constraint pk_shared_secret primary key (name)
);
