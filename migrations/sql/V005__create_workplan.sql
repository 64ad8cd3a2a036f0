-- The work plan: reference frameworks to tag priorities with, one plan per INT per year, its priorities with
-- their actions, dated updates and risks, and baselines (snapshots to compare later views with).

-- A framework is reference data, versioned, each row carrying its source (see docs/adr). A framework with a
-- team is that team's own local objectives.
create table framework (
    id          bigint auto_increment primary key,
    code        varchar(40)   not null,
    name        varchar(200)  not null,
    version     varchar(40)   not null,
    source      varchar(500)  not null,
    team_id     bigint,
    sort_order  int           not null,
    constraint uk_framework_code unique (code, version),
    constraint fk_framework_team foreign key (team_id) references neighbourhood_team (id)
);

create table framework_item (
    id           bigint auto_increment primary key,
    framework_id bigint        not null,
    code         varchar(40)   not null,
    title        varchar(300)  not null,
    description  varchar(2000),
    to_verify    boolean       not null,
    sort_order   int           not null,
    constraint uk_framework_item unique (framework_id, code),
    constraint fk_item_framework foreign key (framework_id) references framework (id)
);

create table workplan (
    id          bigint auto_increment primary key,
    team_id     bigint       not null,
    plan_year   int          not null,
    title       varchar(200) not null,
    created_at  datetime(6)  not null,
    constraint uk_workplan_team_year unique (team_id, plan_year),
    constraint fk_workplan_team foreign key (team_id) references neighbourhood_team (id)
);

create table priority (
    id                   bigint auto_increment primary key,
    workplan_id          bigint        not null,
    title                varchar(200)  not null,
    why_it_matters       varchar(4000),
    lead_organisation_id bigint,
    lead_person_id       bigint,
    starts_on            date          not null,
    ends_on              date          not null,
    rag                  varchar(10)   not null,
    rag_reason           varchar(1000),
    sort_order           int           not null,
    version              int           not null,
    constraint fk_priority_plan foreign key (workplan_id) references workplan (id),
    constraint fk_priority_org foreign key (lead_organisation_id) references organisation (id),
    constraint fk_priority_person foreign key (lead_person_id) references person (id)
);

create index ix_priority_plan on priority (workplan_id);

create table priority_tag (
    priority_id       bigint not null,
    framework_item_id bigint not null,
    constraint pk_priority_tag primary key (priority_id, framework_item_id),
    constraint fk_tag_priority foreign key (priority_id) references priority (id),
    constraint fk_tag_item foreign key (framework_item_id) references framework_item (id)
);

create table plan_action (
    id               bigint auto_increment primary key,
    priority_id      bigint       not null,
    title            varchar(300) not null,
    owner_person_id  bigint,
    due_on           date,
    status           varchar(20)  not null,
    percent_complete int          not null,
    milestone        boolean      not null,
    sort_order       int          not null,
    version          int          not null,
    constraint fk_action_priority foreign key (priority_id) references priority (id),
    constraint fk_action_owner foreign key (owner_person_id) references person (id)
);

create index ix_action_priority on plan_action (priority_id);
create index ix_action_owner on plan_action (owner_person_id);

create table priority_update (
    id          bigint auto_increment primary key,
    priority_id bigint        not null,
    author_id   bigint,
    author_name varchar(200)  not null,
    written_on  date          not null,
    written_at  datetime(6)   not null,
    rag         varchar(10)   not null,
    text        varchar(4000) not null,
    constraint fk_update_priority foreign key (priority_id) references priority (id),
    constraint fk_update_author foreign key (author_id) references person (id)
);

create index ix_update_priority on priority_update (priority_id, written_at);

create table risk (
    id              bigint auto_increment primary key,
    priority_id     bigint        not null,
    kind            varchar(10)   not null,
    description     varchar(2000) not null,
    likelihood      int           not null,
    impact          int           not null,
    owner_person_id bigint,
    mitigation      varchar(2000),
    open            boolean       not null,
    version         int           not null,
    constraint fk_risk_priority foreign key (priority_id) references priority (id),
    constraint fk_risk_owner foreign key (owner_person_id) references person (id)
);

create table baseline (
    id          bigint auto_increment primary key,
    workplan_id bigint       not null,
    name        varchar(200) not null,
    taken_at    datetime(6)  not null,
    taken_by    bigint       not null,
    constraint fk_baseline_plan foreign key (workplan_id) references workplan (id),
    constraint fk_baseline_person foreign key (taken_by) references person (id)
);

-- What a priority or an action looked like when the baseline was taken.
create table baseline_entry (
    id          bigint auto_increment primary key,
    baseline_id bigint       not null,
    kind        varchar(10)  not null,
    item_id     bigint       not null,
    title       varchar(300) not null,
    starts_on   date,
    ends_on     date,
    rag         varchar(10),
    status      varchar(20),
    constraint fk_entry_baseline foreign key (baseline_id) references baseline (id)
);

create index ix_baseline_entry on baseline_entry (baseline_id, kind, item_id);

-- Backlog items can now say which priority they were routed into.
alter table workplan_backlog_item add column priority_id bigint;
alter table workplan_backlog_item add constraint fk_backlog_priority foreign key (priority_id) references priority (id);
