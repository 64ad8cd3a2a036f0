-- Joint funding bids (issue 14): an opportunity an INT's member organisations may bid for together, who took part,
-- what each committed, and how it ended. Amounts are whole pounds.

create table funding_bid (
    id                      bigint auto_increment primary key,
    team_id                 bigint        not null,
    title                   varchar(200)  not null,
    funder                  varchar(200)  not null,
    fund                    varchar(200)  not null,
    amount_sought           bigint        not null,
    eligibility             text,
    deadline                date          not null,
    match_funding_required  boolean       not null,
    interest_closes_on      date          not null,
    stage                   varchar(30)   not null,
    recommendation          varchar(10),
    recommendation_reasons  text,
    go_decision             varchar(10),
    override_reason         varchar(2000),
    lead_organisation_id    bigint,
    draft_due_on            date,
    approval_due_on         date,
    submitted_on            date,
    funder_reference        varchar(100),
    submission_note         varchar(2000),
    outcome                 varchar(10),
    amount_awarded          bigint,
    feedback                text,
    lessons                 text,
    closed_reason           varchar(2000),
    won_priority_id         bigint,
    reopened_from_id        bigint,
    created_by              bigint        not null,
    created_at              datetime(6)   not null,
    version                 int           not null,
    constraint fk_funding_bid_team foreign key (team_id) references neighbourhood_team (id),
    constraint fk_funding_bid_lead_org foreign key (lead_organisation_id) references organisation (id),
    constraint fk_funding_bid_priority foreign key (won_priority_id) references priority (id),
    constraint fk_funding_bid_reopened foreign key (reopened_from_id) references funding_bid (id),
    constraint fk_funding_bid_person foreign key (created_by) references person (id)
);

create index ix_funding_bid_team on funding_bid (team_id, stage);

-- The work plan priorities an opportunity would serve.
create table funding_bid_priority (
    bid_id      bigint not null,
    priority_id bigint not null,
    constraint pk_funding_bid_priority primary key (bid_id, priority_id),
    constraint fk_bid_priority_bid foreign key (bid_id) references funding_bid (id),
    constraint fk_bid_priority_priority foreign key (priority_id) references priority (id)
);

-- One row per member organisation asked: its expression of interest, then its commitment (confirmed by its
-- designated signatory).
create table funding_partner (
    id                bigint auto_increment primary key,
    bid_id            bigint        not null,
    organisation_id   bigint        not null,
    interested        boolean,
    partner_role      varchar(1000),
    contribution      varchar(2000),
    match_funding     bigint,
    answered_by       bigint,
    answered_at       datetime(6),
    commitment        varchar(20),
    committed_money   bigint,
    committed_staff   varchar(500),
    commitment_notes  varchar(2000),
    committed_by      bigint,
    committed_at      datetime(6),
    constraint uk_funding_partner unique (bid_id, organisation_id),
    constraint fk_funding_partner_bid foreign key (bid_id) references funding_bid (id),
    constraint fk_funding_partner_org foreign key (organisation_id) references organisation (id),
    constraint fk_funding_partner_answered foreign key (answered_by) references person (id),
    constraint fk_funding_partner_committed foreign key (committed_by) references person (id)
);
