-- Governance (issue 12): an INT's leadership group, its seats, the calls for nominations and the nominations.

create table leadership_group (
    id                    bigint auto_increment primary key,
    team_id               bigint        not null,
    name                  varchar(200)  not null,
    status                varchar(20)   not null,
    term_months           int           not null,
    gaps                  varchar(4000),
    gaps_accepted_reason  varchar(1000),
    outcome_note          varchar(1000),
    created_by            bigint        not null,
    created_at            datetime(6)   not null,
    confirmed_at          datetime(6),
    term_ends_on          date,
    version               int           not null,
    constraint fk_leadership_group_team foreign key (team_id) references neighbourhood_team (id),
    constraint fk_leadership_group_person foreign key (created_by) references person (id)
);

create table leadership_seat (
    id        bigint auto_increment primary key,
    group_id  bigint       not null,
    name      varchar(200) not null,
    core      boolean      not null,
    sponsor   boolean      not null,
    position  int          not null,
    constraint fk_leadership_seat_group foreign key (group_id) references leadership_group (id)
);

create table leadership_call (
    id            bigint auto_increment primary key,
    group_id      bigint        not null,
    round_id      bigint        not null,
    party_groups  varchar(2000) not null,
    closes_at     datetime(6)   not null,
    remind_at     datetime(6)   not null,
    opened_at     datetime(6)   not null,
    constraint fk_leadership_call_group foreign key (group_id) references leadership_group (id)
);

create table leadership_nomination (
    id               bigint auto_increment primary key,
    group_id         bigint        not null,
    seat_id          bigint        not null,
    call_id          bigint        not null,
    organisation_id  bigint        not null,
    nominee_id       bigint        not null,
    nominated_by     bigint        not null,
    statement        varchar(1000),
    nominated_at     datetime(6)   not null,
    appointed        boolean,
    constraint fk_nomination_group foreign key (group_id) references leadership_group (id),
    constraint fk_nomination_seat foreign key (seat_id) references leadership_seat (id),
    constraint fk_nomination_call foreign key (call_id) references leadership_call (id),
    constraint fk_nomination_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_nomination_nominee foreign key (nominee_id) references person (id),
    constraint fk_nomination_by foreign key (nominated_by) references person (id)
);
