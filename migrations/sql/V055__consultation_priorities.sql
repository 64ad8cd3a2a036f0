-- A consultation's outcome links to the work plan priorities it changed (issue 13). No key to the priority table:
-- a priority the lead later removes from the plan simply drops out of the list.
create table consultation_priority (
    consultation_id bigint not null,
    priority_id     bigint not null,
    constraint pk_consultation_priority primary key (consultation_id, priority_id),
    constraint fk_consultation_priority_consultation foreign key (consultation_id) references consultation (id)
);

create index ix_consultation_priority_priority on consultation_priority (priority_id);
