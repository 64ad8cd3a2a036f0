-- PPG feedback: the item a PPG representative submits, and its timeline (who did what, when).

create table feedback_item (
    id                       bigint auto_increment primary key,
    team_id                  bigint        not null,
    ppg_id                   bigint        not null,
    submitted_by             bigint        not null,
    theme                    varchar(60)   not null,
    summary                  varchar(200)  not null,
    patients_said            varchar(4000) not null,
    may_contact              boolean       not null,
    status                   varchar(30)   not null,
    route                    varchar(20),
    referred_organisation_id bigint,
    escalated                boolean       not null,
    response                 varchar(4000),
    submitted_at             datetime(6)   not null,
    acknowledge_due          datetime(6)   not null,
    response_published_at    datetime(6),
    closed_at                datetime(6),
    version                  int           not null,
    constraint fk_feedback_team foreign key (team_id) references neighbourhood_team (id),
    constraint fk_feedback_ppg foreign key (ppg_id) references ppg (id),
    constraint fk_feedback_person foreign key (submitted_by) references person (id),
    constraint fk_feedback_referred foreign key (referred_organisation_id) references organisation (id)
);

create index ix_feedback_team_status on feedback_item (team_id, status);
create index ix_feedback_ppg on feedback_item (ppg_id);

create table feedback_event (
    id             bigint auto_increment primary key,
    feedback_id    bigint        not null,
    occurred_at    datetime(6)   not null,
    actor_id       bigint,
    actor_name     varchar(200)  not null,
    kind           varchar(40)   not null,
    detail         varchar(4000),
    visible_to_ppg boolean       not null,
    constraint fk_feedback_event_item foreign key (feedback_id) references feedback_item (id),
    constraint fk_feedback_event_actor foreign key (actor_id) references person (id)
);

create index ix_feedback_event_item on feedback_event (feedback_id, occurred_at);
