-- The portal's read model of open work: one row per open user task of the engine, kept in the engine's own
-- transaction by a task listener (workflow.OpenWorkListener), so the inbox and the home page read one indexed table
-- instead of the engine's task query, which sorts every task the groups can see before taking a page.
-- Ordering everywhere: priority high to low, then due soonest (no due date last), then oldest, then task id;
-- due_order is the due date or 9999-12-31, so the ordering key has no nulls and pages on it are stable (keyset).

create table open_work (
    task_id             varchar(64)  not null primary key,
    execution_id        varchar(64)  not null,
    process_instance_id varchar(64)  not null,
    process_key         varchar(255) not null,
    business_key        varchar(255),
    task_key            varchar(255) not null,
    name                varchar(255),
    form_key            varchar(255),
    created_at          datetime(6)  not null,
    due_at              datetime(6),
    due_order           datetime(6)  not null,
    priority            int          not null,
    assignee            varchar(64),
    in_parallel         boolean      not null
);

create index ix_open_work_assignee on open_work (assignee, priority desc, due_order, created_at, task_id);
create index ix_open_work_record on open_work (process_key, business_key);

-- The groups a task is offered to, with the ordering key copied, so one group's page is an index range read.
create table open_work_group (
    group_id   varchar(255) not null,
    task_id    varchar(64)  not null,
    priority   int          not null,
    due_order  datetime(6)  not null,
    created_at datetime(6)  not null,
    primary key (group_id, task_id),
    constraint fk_open_work_group_task foreign key (task_id) references open_work (task_id) on delete cascade
);

create index ix_open_work_group_order on open_work_group (group_id, priority desc, due_order, created_at, task_id);
create index ix_open_work_group_task on open_work_group (task_id);
