-- Who last changed a record a screen edits, and when. A save made from a screen that read an older version is
-- refused, and these say who the person should talk to ("Priya Shah changed it at 14:05"). The version columns
-- the check compares already exist (V005); records saved before this migration say only "someone".

alter table priority add column changed_by bigint;
alter table priority add column changed_at datetime(6);
alter table priority add constraint fk_priority_changed_by foreign key (changed_by) references person (id);

alter table plan_action add column changed_by bigint;
alter table plan_action add column changed_at datetime(6);
alter table plan_action add constraint fk_action_changed_by foreign key (changed_by) references person (id);

alter table risk add column changed_by bigint;
alter table risk add column changed_at datetime(6);
alter table risk add constraint fk_risk_changed_by foreign key (changed_by) references person (id);
