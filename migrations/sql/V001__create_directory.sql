-- The directory: ICBs, neighbourhood teams, organisations and their memberships, PPGs, people and their roles.
-- Written once for H2 and MariaDB alike: no vendor-only types.

create table icb (
    id          bigint auto_increment primary key,
    name        varchar(200) not null,
    code        varchar(20),
    constraint uk_icb_name unique (name)
);

create table neighbourhood_team (
    id          bigint auto_increment primary key,
    icb_id      bigint       not null,
    name        varchar(200) not null,
    place       varchar(200),
    description varchar(2000),
    constraint uk_team_name unique (name),
    constraint fk_team_icb foreign key (icb_id) references icb (id)
);

create table organisation (
    id          bigint auto_increment primary key,
    name        varchar(200) not null,
    sector      varchar(40)  not null,
    constraint uk_organisation_name unique (name)
);

-- An organisation takes part in a team; its representatives (people of that organisation holding the
-- MEMBER role in the team) act for it there.
create table team_membership (
    id              bigint auto_increment primary key,
    team_id         bigint not null,
    organisation_id bigint not null,
    constraint uk_membership unique (team_id, organisation_id),
    constraint fk_membership_team foreign key (team_id) references neighbourhood_team (id),
    constraint fk_membership_org foreign key (organisation_id) references organisation (id)
);

create table ppg (
    id                  bigint auto_increment primary key,
    team_id             bigint       not null,
    practice_id         bigint       not null,
    name                varchar(200) not null,
    constraint uk_ppg_name unique (name),
    constraint fk_ppg_team foreign key (team_id) references neighbourhood_team (id),
    constraint fk_ppg_practice foreign key (practice_id) references organisation (id)
);

create table person (
    id              bigint auto_increment primary key,
    email           varchar(200) not null,
    display_name    varchar(200) not null,
    job_title       varchar(200),
    organisation_id bigint,
    password_hash   varchar(100) not null,
    enabled         boolean      not null,
    demo_account    boolean      not null,
    constraint uk_person_email unique (email),
    constraint fk_person_org foreign key (organisation_id) references organisation (id)
);

-- A role is held in a scope: INT_LEAD and MEMBER in a team, PPG_REPRESENTATIVE for a PPG, ICB_MANAGER for an ICB,
-- ADMINISTRATOR everywhere (no scope).
create table role_assignment (
    id        bigint auto_increment primary key,
    person_id bigint      not null,
    role      varchar(30) not null,
    team_id   bigint,
    ppg_id    bigint,
    icb_id    bigint,
    constraint fk_role_person foreign key (person_id) references person (id),
    constraint fk_role_team foreign key (team_id) references neighbourhood_team (id),
    constraint fk_role_ppg foreign key (ppg_id) references ppg (id),
    constraint fk_role_icb foreign key (icb_id) references icb (id)
);

create index ix_role_person on role_assignment (person_id);
