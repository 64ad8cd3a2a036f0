-- An INT's profile (issue 11): how the team is set up, on the four aspects of the City & Hackney review of
-- neighbourhood models (seed 003): its scope or criteria, the roles and sectors in it, where it works, and its
-- management and governance. One row per team, kept by its leads; an ICB reads its INTs' side by side to compare
-- models, not just stages. Texts are varchar(2000) so a row stays well under MariaDB's 64 KB.

create table int_profile (
    team_id          bigint         not null primary key,
    scope_criteria   varchar(2000),
    roles_sectors    varchar(2000),
    location         varchar(2000),
    governance       varchar(2000),
    updated_by       bigint         not null,
    updated_at       datetime(6)    not null,
    constraint fk_int_profile_team foreign key (team_id) references neighbourhood_team (id),
    constraint fk_int_profile_person foreign key (updated_by) references person (id)
);
