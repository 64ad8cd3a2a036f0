-- Consulting members on strategies (issue 13): the consultation, its questions, one response per organisation or PPG
-- invited (drafted together by its representatives, answers per question), and the themes the lead codes them into.

create table consultation (
    id                     bigint auto_increment primary key,
    team_id                bigint        not null,
    consulting_org_id      bigint,
    title                  varchar(200)  not null,
    summary                text          not null,
    audience               varchar(20)   not null,
    opens_on               date          not null,
    closes_on              date          not null,
    formative_statement    varchar(2000),
    short_window_reason    varchar(2000),
    status                 varchar(30)   not null,
    approved_by            bigint,
    approved_at            datetime(6),
    launched_at            datetime(6),
    closed_at              datetime(6),
    outcome_summary        text,
    outcome_published_at   datetime(6),
    created_by             bigint        not null,
    created_at             datetime(6)   not null,
    version                int           not null,
    constraint fk_consultation_team foreign key (team_id) references neighbourhood_team (id),
    constraint fk_consultation_org foreign key (consulting_org_id) references organisation (id),
    constraint fk_consultation_approver foreign key (approved_by) references person (id),
    constraint fk_consultation_creator foreign key (created_by) references person (id)
);

create table consultation_question (
    id               bigint auto_increment primary key,
    consultation_id  bigint        not null,
    sort_order       int           not null,
    kind             varchar(20)   not null,
    question         varchar(1000) not null,
    choices          varchar(2000),
    required         boolean       not null,
    constraint uk_consultation_question unique (consultation_id, sort_order),
    constraint fk_question_consultation foreign key (consultation_id) references consultation (id)
);

create table consultation_response (
    id               bigint auto_increment primary key,
    consultation_id  bigint        not null,
    party_type       varchar(20)   not null,
    party_id         bigint        not null,
    party_name       varchar(200)  not null,
    sector           varchar(60)   not null,
    status           varchar(20)   not null,
    updated_by       bigint,
    updated_at       datetime(6),
    submitted_by     bigint,
    submitted_at     datetime(6),
    version          int           not null,
    constraint uk_consultation_response unique (consultation_id, party_type, party_id),
    constraint fk_response_consultation foreign key (consultation_id) references consultation (id),
    constraint fk_cresponse_updater foreign key (updated_by) references person (id),
    constraint fk_cresponse_submitter foreign key (submitted_by) references person (id)
);

create table consultation_answer (
    id               bigint auto_increment primary key,
    response_id      bigint        not null,
    question_id      bigint        not null,
    answer           text          not null,
    constraint uk_consultation_answer unique (response_id, question_id),
    constraint fk_answer_response foreign key (response_id) references consultation_response (id),
    constraint fk_answer_question foreign key (question_id) references consultation_question (id)
);

create table consultation_theme (
    id               bigint auto_increment primary key,
    consultation_id  bigint        not null,
    title            varchar(200)  not null,
    what_was_said    varchar(4000) not null,
    int_response     varchar(4000) not null,
    created_by       bigint        not null,
    created_at       datetime(6)   not null,
    constraint fk_theme_consultation foreign key (consultation_id) references consultation (id),
    constraint fk_theme_creator foreign key (created_by) references person (id)
);

create table consultation_theme_response (
    theme_id         bigint not null,
    response_id      bigint not null,
    constraint pk_consultation_theme_response primary key (theme_id, response_id),
    constraint fk_coded_theme foreign key (theme_id) references consultation_theme (id),
    constraint fk_coded_response foreign key (response_id) references consultation_response (id)
);

create index ix_consultation_team on consultation (team_id);
