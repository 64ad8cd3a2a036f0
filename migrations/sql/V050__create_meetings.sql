-- Governance (issue 12): the leadership group's meetings, their agenda, attendance, declarations of interest,
-- decisions, minutes and action log; and when each version of a ToR or MoU came into force, so a meeting's decisions
-- are checked against the ToR in force on the meeting's date, not today's.

create table agreement_in_force (
    id              bigint auto_increment primary key,
    agreement_id    bigint       not null,
    version_number  int          not null,
    in_force_from   date         not null,
    constraint uk_agreement_in_force unique (agreement_id, version_number),
    constraint fk_agreement_in_force_agreement foreign key (agreement_id) references agreement (id)
);

insert into agreement_in_force (agreement_id, version_number, in_force_from)
    select id, in_force_version, in_force_from from agreement
    where in_force_version is not null and in_force_from is not null;

create table meeting (
    id                  bigint auto_increment primary key,
    group_id            bigint        not null,
    title               varchar(200)  not null,
    starts_at           datetime(6)   not null,
    location            varchar(200),
    also_attending      varchar(1000),
    minutes             text,
    minutes_status      varchar(10)   not null,
    minutes_agreed_at   bigint,
    created_by          bigint        not null,
    created_at          datetime(6)   not null,
    version             int           not null,
    constraint fk_meeting_group foreign key (group_id) references leadership_group (id),
    constraint fk_meeting_agreed_at foreign key (minutes_agreed_at) references meeting (id),
    constraint fk_meeting_person foreign key (created_by) references person (id)
);

create index ix_meeting_group_starts on meeting (group_id, starts_at);

create table meeting_item (
    id                       bigint auto_increment primary key,
    meeting_id               bigint        not null,
    position                 int           not null,
    title                    varchar(300)  not null,
    about_organisation_id    bigint,
    constraint fk_meeting_item_meeting foreign key (meeting_id) references meeting (id),
    constraint fk_meeting_item_organisation foreign key (about_organisation_id) references organisation (id)
);

create table meeting_attendance (
    id          bigint auto_increment primary key,
    meeting_id  bigint       not null,
    person_id   bigint       not null,
    status      varchar(10)  not null,
    constraint uk_meeting_attendance unique (meeting_id, person_id),
    constraint fk_meeting_attendance_meeting foreign key (meeting_id) references meeting (id),
    constraint fk_meeting_attendance_person foreign key (person_id) references person (id)
);

create table meeting_declaration (
    id           bigint auto_increment primary key,
    meeting_id   bigint        not null,
    item_id      bigint        not null,
    person_id    bigint        not null,
    interest     varchar(1000) not null,
    action       varchar(12)   not null,
    recorded_by  bigint        not null,
    recorded_at  datetime(6)   not null,
    constraint fk_meeting_declaration_meeting foreign key (meeting_id) references meeting (id),
    constraint fk_meeting_declaration_item foreign key (item_id) references meeting_item (id),
    constraint fk_meeting_declaration_person foreign key (person_id) references person (id),
    constraint fk_meeting_declaration_by foreign key (recorded_by) references person (id)
);

create table meeting_decision (
    id           bigint auto_increment primary key,
    meeting_id   bigint        not null,
    item_id      bigint        not null,
    decision     varchar(2000) not null,
    method       varchar(12)   not null,
    votes        varchar(200),
    flag_note    varchar(1000),
    recorded_by  bigint        not null,
    recorded_at  datetime(6)   not null,
    constraint fk_meeting_decision_meeting foreign key (meeting_id) references meeting (id),
    constraint fk_meeting_decision_item foreign key (item_id) references meeting_item (id),
    constraint fk_meeting_decision_by foreign key (recorded_by) references person (id)
);

create table meeting_action (
    id           bigint auto_increment primary key,
    group_id     bigint        not null,
    meeting_id   bigint        not null,
    item_id      bigint,
    description  varchar(1000) not null,
    owner_id     bigint        not null,
    due_on       date          not null,
    priority_id  bigint,
    done_at      datetime(6),
    created_by   bigint        not null,
    created_at   datetime(6)   not null,
    version      int           not null,
    constraint fk_meeting_action_group foreign key (group_id) references leadership_group (id),
    constraint fk_meeting_action_meeting foreign key (meeting_id) references meeting (id),
    constraint fk_meeting_action_item foreign key (item_id) references meeting_item (id),
    constraint fk_meeting_action_owner foreign key (owner_id) references person (id),
    constraint fk_meeting_action_priority foreign key (priority_id) references priority (id),
    constraint fk_meeting_action_by foreign key (created_by) references person (id)
);
