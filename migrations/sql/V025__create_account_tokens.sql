-- Invitations and password resets (package accounts, docs/adr/0016). The link in the e-mail carries a random
-- 256-bit secret; only its SHA-256 (hex) is stored here, so a copy of the database lets nobody set a password.
-- A token is used once (used_at, set in the transaction that sets the password), withdrawn by an administrator or
-- replaced by a newer one (revoked_at), or runs out (expires_at).
create table account_token (
    id         bigint auto_increment primary key,
    person_id  bigint      not null,
    purpose    varchar(20) not null,
    token_hash varchar(64) not null,
    created_at datetime(6) not null,
    expires_at datetime(6) not null,
    used_at    datetime(6),
    revoked_at datetime(6),
    created_by bigint,
    constraint uq_account_token_hash unique (token_hash),
    constraint fk_account_token_person foreign key (person_id) references person (id),
    constraint fk_account_token_created_by foreign key (created_by) references person (id)
);

create index ix_account_token_person on account_token (person_id, purpose, created_at);
create index ix_account_token_created on account_token (created_at, id);

-- How many "forgot password" requests and password-setting tries came from one client address in the current
-- window: beyond the limit the page says "too many requests", whatever the address typed (nothing is revealed).
create table account_request_throttle (
    throttle_key     varchar(240) not null primary key,
    window_start_ms  bigint       not null,
    requests         int          not null
);
