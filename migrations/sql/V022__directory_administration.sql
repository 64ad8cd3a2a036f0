-- Directory administration (issue 9): an organisation's ODS code, a person switched off with the moment it happened
-- (their history stays), and each member organisation's designated signatory in each team: the one person who may
-- sign terms of reference and commit to bids for it. Its representatives are its people holding the MEMBER role in
-- the team (V001), so they need no table of their own.

alter table organisation add column ods_code varchar(10);
alter table organisation add constraint uk_organisation_ods_code unique (ods_code);

alter table person add column deactivated_at datetime(6);

create table designated_signatory (
    id              bigint auto_increment primary key,
    team_id         bigint not null,
    organisation_id bigint not null,
    person_id       bigint not null,
    constraint uk_signatory unique (team_id, organisation_id),
    constraint fk_signatory_team foreign key (team_id) references neighbourhood_team (id),
    constraint fk_signatory_org foreign key (organisation_id) references organisation (id),
    constraint fk_signatory_person foreign key (person_id) references person (id)
);

create index ix_signatory_person on designated_signatory (person_id);
