-- Wrong passwords counted per typed e-mail address and per client address (security.SignInThrottle, docs/adr/0007).
-- In the database, not in memory, so the counts survive a restart and every node sees the same ones.
-- The key is "account:<e-mail in lower case>" or "address:<client IP>"; an account key exists for any address typed,
-- whether or not someone has it, so the table says nothing about who has an account.
-- Times are milliseconds since 1970 (UTC), the same on every node whatever its zone.

create table sign_in_throttle (
    throttle_key    varchar(250) not null primary key,
    failures        int          not null,
    last_failure_ms bigint       not null,
    locked_until_ms bigint       not null
);

create index sign_in_throttle_last_failure on sign_in_throttle (last_failure_ms);
