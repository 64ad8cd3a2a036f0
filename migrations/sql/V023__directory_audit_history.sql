-- The audit trail of the directory, written by Hibernate Envers (docs/adr/0015): one row per change of a record,
-- grouped into revisions that say who acted and when. Each *_aud table copies its record's columns (all nullable:
-- a removal keeps only the id) plus the revision and its type (0 added, 1 changed, 2 removed). Password hashes are
-- never copied. No foreign keys from the history to the records: a record may be removed, its history stays.

create table audit_revision (
    id          bigint auto_increment primary key,
    revision_at bigint not null,
    actor_id    bigint,
    actor_name  varchar(200)
);

create table icb_aud (
    id      bigint  not null,
    rev     bigint  not null,
    revtype tinyint,
    name    varchar(200),
    code    varchar(20),
    primary key (id, rev),
    constraint fk_icb_aud_rev foreign key (rev) references audit_revision (id)
);

create table neighbourhood_team_aud (
    id          bigint not null,
    rev         bigint not null,
    revtype     tinyint,
    icb_id      bigint,
    name        varchar(200),
    place       varchar(200),
    description varchar(2000),
    primary key (id, rev),
    constraint fk_team_aud_rev foreign key (rev) references audit_revision (id)
);

create table organisation_aud (
    id       bigint not null,
    rev      bigint not null,
    revtype  tinyint,
    name     varchar(200),
    sector   varchar(40),
    ods_code varchar(10),
    primary key (id, rev),
    constraint fk_organisation_aud_rev foreign key (rev) references audit_revision (id)
);

create table team_membership_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    team_id         bigint,
    organisation_id bigint,
    primary key (id, rev),
    constraint fk_membership_aud_rev foreign key (rev) references audit_revision (id)
);

create table ppg_aud (
    id          bigint not null,
    rev         bigint not null,
    revtype     tinyint,
    team_id     bigint,
    practice_id bigint,
    name        varchar(200),
    primary key (id, rev),
    constraint fk_ppg_aud_rev foreign key (rev) references audit_revision (id)
);

create table person_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    email           varchar(200),
    display_name    varchar(200),
    job_title       varchar(200),
    organisation_id bigint,
    enabled         boolean,
    demo_account    boolean,
    deactivated_at  datetime(6),
    primary key (id, rev),
    constraint fk_person_aud_rev foreign key (rev) references audit_revision (id)
);

create table role_assignment_aud (
    id        bigint not null,
    rev       bigint not null,
    revtype   tinyint,
    person_id bigint,
    role      varchar(30),
    team_id   bigint,
    ppg_id    bigint,
    icb_id    bigint,
    primary key (id, rev),
    constraint fk_role_aud_rev foreign key (rev) references audit_revision (id)
);

create table designated_signatory_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    team_id         bigint,
    organisation_id bigint,
    person_id       bigint,
    primary key (id, rev),
    constraint fk_signatory_aud_rev foreign key (rev) references audit_revision (id)
);

create index ix_person_aud_rev on person_aud (rev);
create index ix_role_aud_rev on role_assignment_aud (rev);
create index ix_membership_aud_rev on team_membership_aud (rev);
create index ix_signatory_aud_rev on designated_signatory_aud (rev);
create index ix_organisation_aud_rev on organisation_aud (rev);
create index ix_team_aud_rev on neighbourhood_team_aud (rev);
create index ix_ppg_aud_rev on ppg_aud (rev);
create index ix_icb_aud_rev on icb_aud (rev);
