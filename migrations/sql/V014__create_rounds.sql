-- Rounds of answers (package rounds, docs/adr/0010): a workflow asks each of several organisations or PPGs for
-- something by a date. One row per round, one per party asked, with its state (ASKED, ANSWERED, LATE, CLOSED) and who
-- answered when. Each party's answer writes only its own row, so two answers at the same moment do not collide here.
-- What a party answered (a view, a nomination) stays in the calling feature's tables.

create table response_round (
    id            bigint auto_increment primary key,
    kind          varchar(40)   not null,
    record_id     bigint        not null,
    subject       varchar(300)  not null,
    route         varchar(200)  not null,
    lead_group    varchar(100)  not null,
    reader_groups varchar(500)  not null,
    answer_form   varchar(100)  not null,
    answer_task   varchar(200)  not null,
    status        varchar(20)   not null,
    closes_at     datetime(6)   not null,
    remind_at     datetime(6)   not null,
    opened_by     bigint        not null,
    opened_at     datetime(6)   not null,
    extensions    int           not null,
    closed_at     datetime(6),
    closed_by     bigint,
    close_reason  varchar(2000),
    version       int           not null,
    constraint uq_response_round_record unique (kind, record_id),
    constraint fk_response_round_opened_by foreign key (opened_by) references person (id),
    constraint fk_response_round_closed_by foreign key (closed_by) references person (id)
);

create table response_round_party (
    id           bigint auto_increment primary key,
    round_id     bigint        not null,
    party_type   varchar(20)   not null,
    party_id     bigint        not null,
    party_name   varchar(200)  not null,
    task_group   varchar(100)  not null,
    state        varchar(20)   not null,
    answered_by  bigint,
    answered_at  datetime(6),
    chased_at    datetime(6),
    chases       int           not null,
    version      int           not null,
    constraint uq_response_round_party unique (round_id, party_type, party_id),
    constraint uq_response_round_group unique (round_id, task_group),
    constraint fk_round_party_round foreign key (round_id) references response_round (id),
    constraint fk_round_party_answered_by foreign key (answered_by) references person (id)
);
