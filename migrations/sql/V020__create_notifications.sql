-- Notifications (package notifications, docs/adr/0007): what a person is told in the portal (the bell), the e-mail
-- outbox, and each person's choice per kind of notification.
-- One row per event and person in each table (UNIQUE (event_key, person_id)): the same event raised twice, by a
-- retried job or by two nodes, tells nobody twice.

create table notification (
    id         bigint auto_increment primary key,
    event_key  varchar(200)  not null,
    person_id  bigint        not null,
    kind       varchar(40)   not null,
    title      varchar(300)  not null,
    body       varchar(2000) not null,
    link       varchar(500)  not null,
    created_at datetime(6)   not null,
    read_at    datetime(6),
    constraint uq_notification_event_person unique (event_key, person_id),
    constraint fk_notification_person foreign key (person_id) references person (id)
);

-- the bell (unread count) and the list (newest first) read one person's rows
create index ix_notification_person_created on notification (person_id, created_at, id);
create index ix_notification_person_read on notification (person_id, read_at);

-- The e-mail outbox. Rows are written in the transaction that raised the event, so an e-mail exists only if what it
-- tells about was committed; a sender (every node runs one) claims a due row with a conditional update, sends it, and
-- marks it sent, or schedules a retry with back-off. Statuses: PENDING (to send at next_attempt_at), SENDING (claimed
-- until claimed_until), SENT, FAILED (gave up after the last attempt; an administrator can send it again),
-- MAIL_OFF (written while e-mail was switched off), DIGEST (waiting for the person's daily digest), IN_DIGEST (sent
-- as part of the digest row digest_id).
create table notification_outbox (
    id              bigint auto_increment primary key,
    event_key       varchar(200)  not null,
    person_id       bigint        not null,
    kind            varchar(40)   not null,
    email           varchar(200)  not null,
    subject         varchar(300)  not null,
    body            varchar(8000) not null,
    status          varchar(20)   not null,
    attempts        int           not null,
    next_attempt_at datetime(6)   not null,
    claimed_by      varchar(100),
    claimed_until   datetime(6),
    last_error      varchar(1000),
    created_at      datetime(6)   not null,
    sent_at         datetime(6),
    digest_id       bigint,
    constraint uq_outbox_event_person unique (event_key, person_id),
    constraint fk_outbox_person foreign key (person_id) references person (id)
);

create index ix_outbox_status_due on notification_outbox (status, next_attempt_at);
create index ix_outbox_created on notification_outbox (created_at, id);
create index ix_outbox_person_status on notification_outbox (person_id, status);

-- How each person wants each kind told: IMMEDIATELY, DAILY_DIGEST or PORTAL_ONLY. No row: the kind's default.
create table notification_preference (
    person_id bigint      not null,
    kind      varchar(40) not null,
    delivery  varchar(20) not null,
    primary key (person_id, kind),
    constraint fk_notification_preference_person foreign key (person_id) references person (id)
);
