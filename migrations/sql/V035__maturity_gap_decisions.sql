-- From gap to plan (issue 11): what the INT lead decided about the work plan priority the portal proposed for a
-- domain whose target is above its current stage: accepted (the priority made) or declined.
alter table maturity_domain_entry add gap_decision varchar(20);
alter table maturity_domain_entry add gap_priority_id bigint;
alter table maturity_domain_entry add constraint fk_maturity_entry_priority foreign key (gap_priority_id) references priority (id);
