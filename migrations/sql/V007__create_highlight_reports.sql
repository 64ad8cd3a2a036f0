-- Monthly highlight reports (Suffolk format): one per INT per month, the update asked of each priority's owner,
-- and what happened to the report along the way. Published reports are kept.

create table highlight_report (
    id                   bigint auto_increment primary key,
    team_id              bigint        not null,
    workplan_id          bigint        not null,
    period               varchar(7)    not null,
    title                varchar(200)  not null,
    status               varchar(20)   not null,
    updates_due          datetime(6)   not null,
    remind_on            datetime(6)   not null,
    reminded_at          datetime(6),
    updates_closed_at    datetime(6),
    compiled_by          bigint,
    compiled_at          datetime(6),
    changes_needed       varchar(2000),
    approved_by          bigint,
    approved_at          datetime(6),
    published_at         datetime(6),
    started_by           bigint,
    created_at           datetime(6)   not null,
    version              int           not null,
    constraint uk_highlight_report_team_period unique (team_id, period),
    constraint fk_highlight_report_team foreign key (team_id) references neighbourhood_team (id),
    constraint fk_highlight_report_plan foreign key (workplan_id) references workplan (id),
    constraint fk_highlight_report_compiler foreign key (compiled_by) references person (id),
    constraint fk_highlight_report_approver foreign key (approved_by) references person (id),
    constraint fk_highlight_report_starter foreign key (started_by) references person (id)
);

create index ix_highlight_report_status on highlight_report (status);

-- The compiled report, one row per Suffolk section (priorities, outcomes, completed_last_month, planned_next_month,
-- learning_to_share, help_requested, issues_and_risks, missed_updates). A table of its own because seven long
-- texts in one row would pass MariaDB's 64 KB row limit.
create table highlight_report_section (
    report_id bigint        not null,
    section   varchar(40)   not null,
    body      varchar(4000) not null,
    constraint pk_highlight_report_section primary key (report_id, section),
    constraint fk_report_section_report foreign key (report_id) references highlight_report (id)
);

-- One row per priority of the plan when the report started. Complete priorities are listed but not asked.
create table highlight_report_priority (
    id              bigint auto_increment primary key,
    report_id       bigint        not null,
    priority_id     bigint        not null,
    title           varchar(200)  not null,
    owner_id        bigint,
    owner_name      varchar(200),
    sort_order      int           not null,
    rag_at_start    varchar(10)   not null,
    state           varchar(20)   not null,
    task_id         varchar(64),
    rag             varchar(10),
    rag_reason      varchar(1000),
    progress        varchar(1000),
    next_month      varchar(1000),
    learning        varchar(1000),
    help_needed     varchar(1000),
    issues_risks    varchar(1000),
    updated_by      bigint,
    updated_by_name varchar(200),
    updated_at      datetime(6),
    version         int           not null,
    constraint uk_highlight_report_priority unique (report_id, priority_id),
    constraint fk_report_priority_report foreign key (report_id) references highlight_report (id),
    constraint fk_report_priority_priority foreign key (priority_id) references priority (id),
    constraint fk_report_priority_owner foreign key (owner_id) references person (id),
    constraint fk_report_priority_updater foreign key (updated_by) references person (id)
);

create index ix_report_priority_task on highlight_report_priority (task_id);

create table highlight_report_event (
    id          bigint auto_increment primary key,
    report_id   bigint        not null,
    occurred_at datetime(6)   not null,
    actor_name  varchar(200)  not null,
    what        varchar(200)  not null,
    detail      varchar(2000),
    constraint fk_report_event_report foreign key (report_id) references highlight_report (id)
);
