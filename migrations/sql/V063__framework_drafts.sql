-- Frameworks edited in the browser (issue 11): an administrator starts a framework, or a new version copied from an
-- existing one, as a DRAFT; edits it; and publishes it. A published version is never changed again, so an assessment
-- tied to its id (maturity_assessment.framework_id) always reads the domains, stages and descriptors it was made
-- with. Every row loaded by earlier migrations is published. Drafts are offered nowhere: not to a lead opening an
-- assessment, not to a work plan's tags. lock_version refuses a save from a screen that read an older draft.

alter table framework add column status varchar(20) default 'PUBLISHED' not null;
alter table framework add column lock_version int default 0 not null;
alter table framework add column created_by bigint;
alter table framework add column created_at datetime(6);
alter table framework add column changed_by bigint;
alter table framework add column changed_at datetime(6);
alter table framework add column published_by bigint;
alter table framework add column published_at datetime(6);

alter table framework add constraint fk_framework_created_by foreign key (created_by) references person (id);
alter table framework add constraint fk_framework_changed_by foreign key (changed_by) references person (id);
alter table framework add constraint fk_framework_published_by foreign key (published_by) references person (id);
