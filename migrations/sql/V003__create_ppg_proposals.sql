-- The other direction of the loop: the INT asks its PPGs for their view on a proposal.

create table ppg_proposal (
    id          bigint auto_increment primary key,
    team_id     bigint        not null,
    title       varchar(200)  not null,
    proposal    varchar(8000) not null,
    closes_on   date          not null,
    status      varchar(20)   not null,
    decision    varchar(4000),
    created_by  bigint        not null,
    created_at  datetime(6)   not null,
    decided_at  datetime(6),
    version     int           not null,
    constraint fk_proposal_team foreign key (team_id) references neighbourhood_team (id),
    constraint fk_proposal_person foreign key (created_by) references person (id)
);

create table ppg_proposal_invite (
    proposal_id bigint not null,
    ppg_id      bigint not null,
    constraint pk_proposal_invite primary key (proposal_id, ppg_id),
    constraint fk_invite_proposal foreign key (proposal_id) references ppg_proposal (id),
    constraint fk_invite_ppg foreign key (ppg_id) references ppg (id)
);

create table ppg_proposal_response (
    id               bigint auto_increment primary key,
    proposal_id      bigint        not null,
    ppg_id           bigint        not null,
    responder_id     bigint        not null,
    stance           varchar(30)   not null,
    comments         varchar(4000) not null,
    people_consulted int,
    responded_at     datetime(6)   not null,
    constraint uk_proposal_response unique (proposal_id, ppg_id),
    constraint fk_response_proposal foreign key (proposal_id) references ppg_proposal (id),
    constraint fk_response_ppg foreign key (ppg_id) references ppg (id),
    constraint fk_response_person foreign key (responder_id) references person (id)
);
