-- A maturity domain's evidence links to records of the same INT (issue 11): PPG feedback loops closed and
-- consultations run, addressed as a timeline addresses a record (ADR 0011: record_kind + record_id). No key to the
-- records' own tables: the kinds live in different features, and the link is read through each feature's policy.
create table maturity_evidence_link (
    entry_id    bigint      not null,
    record_kind varchar(40) not null,
    record_id   bigint      not null,
    constraint pk_maturity_evidence_link primary key (entry_id, record_kind, record_id),
    constraint fk_maturity_evidence_entry foreign key (entry_id) references maturity_domain_entry (id)
);

create index ix_maturity_evidence_record on maturity_evidence_link (record_kind, record_id);
