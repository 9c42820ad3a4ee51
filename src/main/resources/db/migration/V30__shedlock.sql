-- Several Stride nodes share one database: work that must happen once (the deadline sweep) runs
-- under a lock row here, taken by one node at a time (ShedLock's JDBC provider, on the database's
-- own clock so that nodes whose clocks drift agree). Standard SQL, the same on H2 and PostgreSQL.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null,
    constraint pk_shedlock primary key (name)
);
