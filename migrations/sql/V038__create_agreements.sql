-- Governance (issue 12): terms of reference and MoUs, every version with its sections, comments, signatures, rounds.

create table agreement (
    id              bigint auto_increment primary key,
    team_id         bigint        not null,
    kind            varchar(10)   not null,
    title           varchar(200)  not null,
    status          varchar(20)   not null,
    latest_version  int           not null,
    in_force_version int,
    in_force_from   date,
    close_reason    varchar(1000),
    created_by      bigint        not null,
    created_at      datetime(6)   not null,
    version         int           not null,
    constraint fk_agreement_team foreign key (team_id) references neighbourhood_team (id),
    constraint fk_agreement_person foreign key (created_by) references person (id)
);

create table agreement_version (
    id               bigint auto_increment primary key,
    agreement_id     bigint        not null,
    number           int           not null,
    quorum_members   int           not null,
    quorum_seats     varchar(1000),
    decision_method  varchar(30)   not null,
    conflicts_rule   varchar(30)   not null,
    review_on        date          not null,
    change_note      varchar(1000),
    created_by       bigint        not null,
    created_at       datetime(6)   not null,
    constraint uk_agreement_version unique (agreement_id, number),
    constraint fk_agreement_version_agreement foreign key (agreement_id) references agreement (id),
    constraint fk_agreement_version_person foreign key (created_by) references person (id)
);

create table agreement_section (
    id          bigint auto_increment primary key,
    version_id  bigint       not null,
    section_key varchar(40)  not null,
    body        varchar(4000) not null,
    constraint uk_agreement_section unique (version_id, section_key),
    constraint fk_agreement_section_version foreign key (version_id) references agreement_version (id)
);

create table agreement_round (
    id              bigint auto_increment primary key,
    agreement_id    bigint        not null,
    purpose         varchar(20)   not null,
    version_number  int           not null,
    round_id        bigint        not null,
    party_groups    varchar(2000) not null,
    closes_at       datetime(6)   not null,
    remind_at       datetime(6)   not null,
    constraint fk_agreement_round_agreement foreign key (agreement_id) references agreement (id)
);

create table agreement_comment (
    id               bigint auto_increment primary key,
    agreement_id     bigint        not null,
    round_id         bigint        not null,
    version_number   int           not null,
    organisation_id  bigint        not null,
    section_key      varchar(40),
    body             varchar(4000),
    objection        boolean       not null,
    author_id        bigint        not null,
    commented_at     datetime(6)   not null,
    constraint fk_agreement_comment_agreement foreign key (agreement_id) references agreement (id),
    constraint fk_agreement_comment_round foreign key (round_id) references agreement_round (id),
    constraint fk_agreement_comment_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_agreement_comment_person foreign key (author_id) references person (id)
);

create table agreement_signature (
    id               bigint auto_increment primary key,
    agreement_id     bigint        not null,
    version_number   int           not null,
    organisation_id  bigint        not null,
    signer_id        bigint        not null,
    signer_name      varchar(200)  not null,
    signer_role      varchar(200)  not null,
    signed_at        datetime(6)   not null,
    constraint uk_agreement_signature unique (agreement_id, version_number, organisation_id),
    constraint fk_agreement_signature_agreement foreign key (agreement_id) references agreement (id),
    constraint fk_agreement_signature_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_agreement_signature_person foreign key (signer_id) references person (id)
);
