-- Items waiting to become work plan priorities, e.g. PPG feedback the INT lead routed to the backlog.

create table workplan_backlog_item (
    id          bigint auto_increment primary key,
    team_id     bigint        not null,
    title       varchar(200)  not null,
    detail      varchar(4000),
    source_kind varchar(30)   not null,
    source_id   bigint,
    created_at  datetime(6)   not null,
    constraint fk_backlog_team foreign key (team_id) references neighbourhood_team (id)
);

create index ix_backlog_team on workplan_backlog_item (team_id);
